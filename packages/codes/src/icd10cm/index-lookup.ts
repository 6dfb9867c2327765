import type { IsoDate } from '@medbill/core';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import type { CodeLookup } from './code-lookup.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { walkIndexTerms } from './index-parser.ts';
import { billableSuccessors } from './successors.ts';
import type { AlphabeticIndex, IndexTerm } from './index-types.ts';

const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether a printed term title answers to a query word: `Fall, falling` answers to `fall`. */
function titleMatches(term: IndexTerm, query: string): boolean {
  const wanted = fold(query);
  const title = fold(term.title);
  return (
    title === wanted ||
    title.split(', ').includes(wanted) ||
    fold(`${term.title} ${term.nemod}`) === wanted
  );
}

/**
 * Follows a path of terms down an index, main term first, as a coder reads it
 * (`['Diabetes', 'type 2', 'with', 'chronic kidney disease']`). Titles match without regard to
 * case; a main term printed with variants (`Fall, falling`) answers to each of them.
 *
 * @example
 * ```ts
 * findIndexTerm(index2017, ['Amyloidosis', 'with lung involvement']); // { codes: ['E85.4'], manifestations: ['J99'], … }
 * ```
 */
export function findIndexTerm(
  index: AlphabeticIndex,
  path: readonly string[],
): IndexTerm | undefined {
  let level: readonly IndexTerm[] = index.mainTerms;
  let found: IndexTerm | undefined;
  for (const step of path) {
    found = level.find((term) => titleMatches(term, step));
    if (!found) return undefined;
    level = found.children;
  }
  return found;
}

/** The manifestation codes that an index prints in brackets (`<manif>`), dotless. */
export function indexManifestationCodes(index: AlphabeticIndex): Set<string> {
  const codes = new Set<string>();
  for (const { term } of walkIndexTerms(index.mainTerms)) {
    for (const printed of term.manifestations) {
      const code = normalizeIcd10cmCode(printed);
      if (code) codes.add(code);
    }
  }
  return codes;
}

/** An index code checked against the release in force on the date of service. */
export interface IndexCodeResolution {
  /** As the index prints it (`B88.0`, `M14.8-`, `T51.3X1`). */
  readonly printed: string;
  readonly status: 'billable' | 'needs-more-characters' | 'not-valid-on-dos';
  readonly lookup: CodeLookup;
  /** Billable codes to choose from instead (dotless), from the release in force. */
  readonly options: readonly string[];
  /**
   * Where `options` come from when the code itself is gone and the conversion table names no
   * successor: the nearest prefix that has some (`undefined` for successors).
   */
  readonly optionsUnder: string | undefined;
  readonly message: string;
}

/**
 * Checks a code taken from an index against the release in force on the date of service. The
 * index may be older than the release (the only Alphabetic Index XML here is FY2017): a code it
 * prints may since have been expanded (B88.0 → B88.01, B88.09 in FY2026), deleted, or be
 * incomplete as printed (`M14.8-`, a 6-character table code that still needs its 7th
 * character). Instead of offering a code that is not valid on the date, it says so and lists the
 * valid billable codes below it, its successors in the CDC conversion table, or the billable
 * codes below its nearest ancestor that still has some (ICD-10-CM
 * Official Guidelines I.A.1 and I.B.1: locate in the Index, then verify in the Tabular).
 *
 * @example
 * ```ts
 * resolveIndexCode(store, 'B88.0', isoDate('2026-01-15'));
 * // { status: 'needs-more-characters', options: ['B8801', 'B8809'], … }
 * ```
 */
export function resolveIndexCode(
  store: Icd10cmStore,
  printed: string,
  dateOfService: IsoDate,
): IndexCodeResolution {
  const code = normalizeIcd10cmCode(printed) ?? printed;
  const lookup = store.codes.lookup(code, dateOfService);
  const release = store.codes.releaseOn(dateOfService);
  const billableUnder = (prefix: string): string[] =>
    release === undefined
      ? []
      : store.codes
          .codesWithPrefix(prefix, release)
          .filter((c) => store.codes.versionIn(c, release)?.billable === true);
  const display = formatIcd10cmCode(code);
  if (lookup.status === 'valid' && lookup.billable && !printed.endsWith('-')) {
    return {
      printed,
      status: 'billable',
      lookup,
      options: [code],
      optionsUnder: undefined,
      message: `${display} is billable in ${lookup.release.version}.`,
    };
  }
  if (lookup.status === 'valid') {
    const options = billableUnder(code).filter((c) => c !== code || !printed.endsWith('-'));
    return {
      printed,
      status: 'needs-more-characters',
      lookup,
      options,
      optionsUnder: code,
      message: `${printed} is not a complete code in ${lookup.release.version}: choose one of ${options.length} codes below it (${options.slice(0, 4).map(formatIcd10cmCode).join(', ')}${options.length > 4 ? '…' : ''}).`,
    };
  }
  const successors = billableSuccessors(store, code, dateOfService);
  if (successors.length > 0) {
    return {
      printed,
      status: 'not-valid-on-dos',
      lookup,
      options: successors,
      optionsUnder: undefined,
      message: `${lookup.message} Replaced by (CDC conversion table): ${successors.slice(0, 4).map(formatIcd10cmCode).join(', ')}${successors.length > 4 ? '…' : ''}.`,
    };
  }
  for (let length = code.length; length >= 3; length--) {
    const prefix = code.slice(0, length);
    const options = billableUnder(prefix);
    if (options.length > 0) {
      return {
        printed,
        status: 'not-valid-on-dos',
        lookup,
        options,
        optionsUnder: prefix,
        message: `${lookup.message} Valid codes under ${formatIcd10cmCode(prefix)}: ${options.slice(0, 4).map(formatIcd10cmCode).join(', ')}${options.length > 4 ? '…' : ''}.`,
      };
    }
  }
  return {
    printed,
    status: 'not-valid-on-dos',
    lookup,
    options: [],
    optionsUnder: undefined,
    message: lookup.message,
  };
}
