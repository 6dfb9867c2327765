import type { CodeSets } from '../load/code-sets.ts';
import { encoderDocuments, type SearchSystem } from './search-documents.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

/** The encoder a server answers from: the index and the code system of each of its documents. */
export interface Encoder {
  readonly index: SearchIndex;
  readonly systems: readonly SearchSystem[];
}

/**
 * The version of what the encoder indexes and how. Bump it with any change to the search
 * documents or the index build: a snapshot holding an encoder of another version is not used,
 * and the server builds (and stores) a fresh one.
 */
export const ENCODER_VERSION = 1;

/** Builds the encoder over the newest release of each code system (about 2 s for the full set). */
export function buildEncoder(codeSets: CodeSets): Encoder {
  const { documents, systems } = encoderDocuments(codeSets);
  return { index: buildSearchIndex(documents), systems };
}
