import type { CodeSets } from '../load/code-sets.ts';
import { encoderDocuments, icd10pcsDocuments, type SearchSystem } from './search-documents.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

/** The encoder a server answers from: the index and the code system of each of its documents. */
export interface Encoder {
  /** ICD-10-CM, HCPCS Level II and CPT. */
  readonly index: SearchIndex;
  readonly systems: readonly SearchSystem[];
  /**
   * ICD-10-PCS in an index of its own: searched only when asked for (or for a PCS code typed),
   * so that inpatient procedure titles neither crowd diagnosis hits nor shift their term weights.
   */
  readonly icd10pcs?: SearchIndex | undefined;
}

/**
 * The version of what the encoder indexes and how. Bump it with any change to the search
 * documents or the index build: a snapshot holding an encoder of another version is not used,
 * and the server builds (and stores) a fresh one.
 */
export const ENCODER_VERSION = 1;

/** Builds the encoder over the newest release of each code system (about 2 s for the full set, 1 s more with ICD-10-PCS). */
export function buildEncoder(codeSets: CodeSets): Encoder {
  const { documents, systems } = encoderDocuments(codeSets);
  const icd10pcs = codeSets.icd10pcs ? buildIcd10pcsIndex(codeSets) : undefined;
  return { index: buildSearchIndex(documents), systems, ...(icd10pcs ? { icd10pcs } : {}) };
}

/** The ICD-10-PCS index alone (for a snapshot written without it). */
export function buildIcd10pcsIndex(codeSets: CodeSets): SearchIndex | undefined {
  return codeSets.icd10pcs ? buildSearchIndex(icd10pcsDocuments(codeSets.icd10pcs)) : undefined;
}
