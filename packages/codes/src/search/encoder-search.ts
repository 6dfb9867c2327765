import { looksLikeIcd10pcsCode, normalizeIcd10pcsCode } from '../icd10pcs/code-format.ts';
import type { Encoder } from './encoder.ts';
import type { SearchSystem } from './search-documents.ts';
import { search, searchByCode, type SearchHit } from './search.ts';

/** A search hit with the code system it belongs to (document ids are per index). */
export interface EncoderSearchHit extends SearchHit {
  readonly system: SearchSystem;
}

export interface EncoderSearchOptions {
  /** Only this code system; without it, ICD-10-CM, HCPCS and CPT (see {@link encoderSearch}). */
  readonly system?: SearchSystem;
  readonly limit?: number;
}

/**
 * The encoder's search box. With a `system`, hits of that system only. Without one, ICD-10-CM,
 * HCPCS Level II and CPT, ranked together; ICD-10-PCS text matches are left out, because a
 * biller codes diagnoses far more often than inpatient procedures, and a PCS title shares
 * words ("left", "open", "joint") with hundreds of diagnoses. A PCS code typed (`0DTJ4ZZ`,
 * `0DT`) is shown first all the same: what was typed is unmistakable.
 *
 * @example
 * ```ts
 * encoderSearch(encoder, 'knee replacement');                       // Z96.65-, HCPCS, CPT…
 * encoderSearch(encoder, 'knee replacement', { system: 'icd10pcs' }); // 0SRC0J9…
 * encoderSearch(encoder, '0dtj4zz')[0]?.code;                         // '0DTJ4ZZ'
 * ```
 */
export function encoderSearch(
  encoder: Encoder,
  query: string,
  options: EncoderSearchOptions = {},
): EncoderSearchHit[] {
  const limit = options.limit ?? 20;
  const { system } = options;
  if (system === 'icd10pcs') return icd10pcsHits(encoder, query, limit, true);
  const main = search(encoder.index, query, {
    limit,
    ...(system ? { accept: (_code: string, doc: number) => encoder.systems[doc] === system } : {}),
  }).map((hit) => ({ ...hit, system: encoder.systems[hit.doc] ?? 'icd10cm' }));
  if (system !== undefined || !looksLikeIcd10pcsCode(query)) return main;
  return [...icd10pcsHits(encoder, query, limit, false), ...main].slice(0, limit);
}

function icd10pcsHits(
  encoder: Encoder,
  query: string,
  limit: number,
  wordsToo: boolean,
): EncoderSearchHit[] {
  const index = encoder.icd10pcs;
  if (!index) return [];
  const code = normalizeIcd10pcsCode(query);
  const byCode = code && code.length >= 3 ? searchByCode(index, code, { limit }) : [];
  const hits = byCode.length > 0 || !wordsToo ? byCode : search(index, query, { limit });
  return hits.map((hit) => ({ ...hit, system: 'icd10pcs' as const }));
}
