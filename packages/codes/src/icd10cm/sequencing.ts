import type { IsoDate } from '@medbill/core';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import type { CodeProblem, Icd10cmStore } from './icd10cm-store.ts';
import { manifestationEvidence, type ManifestationEvidence } from './manifestation.ts';
import { formatCodeRange, rangeCovers } from './note-references.ts';
import { inheritedNotes, type InheritedNote } from './tabular-queries.ts';

const EVIDENCE_TEXT: Readonly<Record<ManifestationEvidence, string>> = {
  title: '"in diseases classified elsewhere"',
  'index-bracket': 'bracketed in the Alphabetic Index',
  'code-first-underlying': '"code first underlying condition"',
};

/** Code-first notes that apply only when the other condition is present ("if applicable"). */
const CONDITIONAL = /\b(?:if applicable|if known|any associated|if present)\b/i;

/**
 * Sequencing problems in a list of diagnosis codes, first-listed first:
 *
 * - `external-cause-first`: an external cause code (V00–Y99) is first-listed. External cause
 *   codes are never principal or first-listed (ICD-10-CM Official Guidelines I.C.20).
 * - `manifestation-first`: a manifestation code is first-listed (Guidelines I.A.13; see
 *   {@link manifestationEvidence}): an error for "in diseases classified elsewhere" codes, a
 *   warning when the evidence is an Alphabetic Index bracket or a "code first underlying" note.
 * - `etiology-after`: a code's "code first" note names a code that is listed after it; the
 *   etiology is sequenced first (Guidelines I.A.13, Tabular "Code first" notes).
 * - `etiology-missing`: a manifestation code whose "code first" note lists its etiologies
 *   exhaustively (no "such as") and none of them is on the claim.
 *
 * `path` is `codes.N` for the N-th code (0-based).
 *
 * @example
 * ```ts
 * sequencingProblems(store, ['F02.80', 'G30.9'], isoDate('2026-01-15')).map((p) => p.code);
 * // ['manifestation-first', 'etiology-after']
 * ```
 */
export function sequencingProblems(
  store: Icd10cmStore,
  codes: readonly string[],
  dateOfService: IsoDate,
): CodeProblem[] {
  const stored = codes.map((c) => normalizeIcd10cmCode(c) ?? c);
  const problems: CodeProblem[] = [];
  const [first] = stored;
  if (first !== undefined && /^[V-Y]/.test(first)) {
    problems.push({
      severity: 'error',
      code: 'external-cause-first',
      path: 'codes.0',
      message: `${formatIcd10cmCode(first)} is an external cause code (V00-Y99) and may never be first-listed (Guideline I.C.20).`,
    });
  }
  stored.forEach((code, position) => {
    const evidence = manifestationEvidence(store, code, dateOfService);
    if (position === 0 && evidence) {
      problems.push({
        severity: evidence === 'title' ? 'error' : 'warning',
        code: 'manifestation-first',
        path: 'codes.0',
        message: `${formatIcd10cmCode(code)} is a manifestation code (${EVIDENCE_TEXT[evidence]}) and may not be first-listed: code the underlying condition first (Guideline I.A.13).`,
      });
    }
    const codeFirst = store.tabular ? inheritedNotes(store.tabular, code, ['codeFirst']) : [];
    const others = stored.map((other, at) => ({ other, at })).filter(({ at }) => at !== position);
    const named = others.filter(({ other }) =>
      codeFirst.some(({ note }) =>
        note.ranges.some((r) => rangeCovers(r, other) && !rangeCovers(r, code)),
      ),
    );
    for (const { other, at } of named.filter(({ at }) => at > position)) {
      problems.push({
        severity: evidence ? 'error' : 'warning',
        code: 'etiology-after',
        path: `codes.${at}`,
        message: `${formatIcd10cmCode(other)} is listed after ${formatIcd10cmCode(code)}, whose "code first" note names it: sequence ${formatIcd10cmCode(other)} first.`,
      });
    }
    if (evidence && named.length === 0 && exhaustive(codeFirst)) {
      const targets = codeFirst.flatMap(({ note }) => note.ranges.map(formatCodeRange)).join(', ');
      problems.push({
        severity: 'error',
        code: 'etiology-missing',
        path: `codes.${position}`,
        message: `${formatIcd10cmCode(code)} requires its underlying condition to be coded first (${targets}).`,
      });
    }
  });
  return problems;
}

/** A code-first instruction that names every allowed etiology and is not conditional. */
function exhaustive(notes: readonly InheritedNote[]): boolean {
  if (notes.length === 0) return false;
  if (!notes.some(({ note }) => note.ranges.length > 0)) return false;
  return !notes.some(
    ({ note }) =>
      /such as/i.test(note.text) || CONDITIONAL.test(note.text) || note.ranges.length === 0,
  );
}
