import type { IsoDate } from '@medbill/core';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { nearestTabularNode, tabularAncestry } from './tabular-queries.ts';

/** Why a code is treated as a manifestation code. */
export type ManifestationEvidence =
  /** Title "in diseases classified elsewhere" (the tabular prints these in italics). */
  | 'title'
  /** Printed in brackets as the second code of an Alphabetic Index entry. */
  | 'index-bracket'
  /** Its own tabular entry says "code first underlying …" without "if applicable". */
  | 'code-first-underlying';

const IN_DISEASES_ELSEWHERE = /\bclassified elsewhere\b/i;
const UNDERLYING = /^(?:the )?underlying\b/i;
const CONDITIONAL = /\b(?:if applicable|if known|any associated|if present)\b/i;

/**
 * Whether a code is a manifestation code, and on what evidence. ICD-10-CM Official Guidelines
 * I.A.13 (etiology/manifestation convention): manifestation codes have "in diseases classified
 * elsewhere" in their title (or in the title of a code above them; the tabular prints them in
 * italics), carry a "code first" note (a category or code whose own note says "code first
 * underlying …", unconditionally, is treated as one too: D64.1 Secondary sideroblastic anemia
 * due to disease), and are never first-listed; in the Alphabetic Index the manifestation code is the one in
 * brackets (`E11.22 [N18.9]`-style `<manif>` entries). Titles are read from the DOS release
 * (or the tabular, for codes the release lacks) and from every tabular ancestor.
 *
 * A "code first" / "use additional code" pair alone is not taken as evidence: in the FY2021
 * tabular it also links codes that are often first-listed (I50 heart failure ← I11.0, Z85
 * history ← Z08), where "code first" means "if present". Those pairs are still checked for
 * order by `sequencingProblems` (`etiology-after`).
 *
 * @example
 * ```ts
 * manifestationEvidence(store, 'G63', isoDate('2026-01-15')); // 'title'
 * ```
 */
export function manifestationEvidence(
  store: Icd10cmStore,
  code: string,
  dateOfService: IsoDate,
): ManifestationEvidence | undefined {
  const release = store.codes.releaseOn(dateOfService);
  const title = release === undefined ? undefined : store.codes.versionIn(code, release)?.longTitle;
  const own = store.tabular
    ? tabularAncestry(store.tabular, code).filter(
        (n) => n.kind !== 'chapter' && n.kind !== 'section',
      )
    : [];
  const titles = [title ?? '', ...own.map((n) => n.title)];
  if (titles.some((t) => IN_DISEASES_ELSEWHERE.test(t))) return 'title';
  for (let length = code.length; length >= 3; length--) {
    if (store.indexManifestations.has(code.slice(0, length))) return 'index-bracket';
  }
  const node = store.tabular ? nearestTabularNode(store.tabular, code) : undefined;
  if (node && store.indexManifestations.has(node.key)) return 'index-bracket';
  const codeFirst = own.flatMap((n) => n.notes.filter((note) => note.kind === 'codeFirst'));
  return codeFirst.some((note) => UNDERLYING.test(note.text)) &&
    !codeFirst.some((note) => CONDITIONAL.test(note.text))
    ? 'code-first-underlying'
    : undefined;
}
