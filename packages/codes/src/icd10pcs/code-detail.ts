import type { IsoDate } from '@medbill/core';
import { BILLABLE } from '../icd10cm/code-index.ts';
import type { CodeLookup } from '../icd10cm/code-lookup.ts';
import { ICD10PCS_CODE_LENGTH, normalizeIcd10pcsCode } from './code-format.ts';
import type { Icd10pcsStore } from './icd10pcs-store.ts';

/** The order file's heading of a code's table: its first three characters and their title. */
export interface Icd10pcsTable {
  readonly code: string;
  /** The long title CMS gives the heading, e.g. `Gastrointestinal System, Resection`. */
  readonly title: string;
}

/** An ICD-10-PCS code (or the beginning of one) on a date of service. */
export interface Icd10pcsDetail {
  readonly code: string;
  readonly lookup: CodeLookup;
  /** Valid for submission on the date of service: a seven-character code of the release in force. */
  readonly validForSubmission: boolean;
  /**
   * Characters 1–3 (section, body system, root operation or type) as the order file heads them.
   * What characters 4–7 stand for is spelled out only in the code's title: the CMS tables file
   * that names each value is not imported.
   */
  readonly table: Icd10pcsTable | undefined;
  /** For a heading or a partial code: how many valid codes of the release in force start with it, and the first of them. */
  readonly codesUnder: { readonly count: number; readonly first: readonly string[] } | undefined;
  readonly messages: readonly string[];
}

const FIRST_CODES = 10;

/**
 * Looks an ICD-10-PCS code up on a date of service: valid for submission only if the release in
 * force lists it with flag 1 (all seven characters); a table heading (`0DT`) or a partial code
 * (`0DTJ`) is not, and the answer says how many valid codes start with it.
 *
 * @example
 * ```ts
 * icd10pcsDetail(store, '0DTJ4ZZ', isoDate('2026-01-15')).table;
 * // { code: '0DT', title: 'Gastrointestinal System, Resection' }
 * ```
 */
export function icd10pcsDetail(store: Icd10pcsStore, text: string, dos: IsoDate): Icd10pcsDetail {
  const index = store.codes;
  const code = normalizeIcd10pcsCode(text) ?? text.trim().toUpperCase();
  const lookup = index.lookup(code, dos);
  const inForce = index.releaseOn(dos);
  const validForSubmission = lookup.status === 'valid' && lookup.billable;
  const table = tableOf(store, code.slice(0, 3), inForce);
  const under =
    !validForSubmission && inForce !== undefined && code.length < ICD10PCS_CODE_LENGTH
      ? index
          .codesWithPrefix(code, inForce)
          .filter(
            (c) => c.length === ICD10PCS_CODE_LENGTH && index.statusIn(c, inForce) === BILLABLE,
          )
      : [];
  const codesUnder =
    under.length > 0 ? { count: under.length, first: under.slice(0, FIRST_CODES) } : undefined;
  const messages: string[] = [];
  if (lookup.status === 'valid' && !lookup.billable) {
    messages.push(
      `${code} is a table heading, not valid for submission: choose one of the ${under.length} codes that start with it.`,
    );
  } else if (lookup.status === 'not-valid-on-dos') {
    messages.push(
      codesUnder && lookup.reason === 'unknown-code'
        ? `${code} is not a complete ICD-10-PCS code (seven characters): ${codesUnder.count} valid codes start with it.`
        : lookup.message,
    );
  }
  return { code, lookup, validForSubmission, table, codesUnder, messages };
}

function tableOf(
  store: Icd10pcsStore,
  heading: string,
  inForce: number | undefined,
): Icd10pcsTable | undefined {
  if (heading.length < 3) return undefined;
  const newestFirst = [...store.codes.data.releases.keys()].reverse();
  for (const release of inForce === undefined ? newestFirst : [inForce, ...newestFirst]) {
    const version = store.codes.versionIn(heading, release);
    if (version && !version.billable) return { code: heading, title: version.longTitle };
  }
  return undefined;
}
