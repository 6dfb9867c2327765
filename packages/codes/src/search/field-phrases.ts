import { idsWithHash } from './packed-keys.ts';

/**
 * Whole-field matches: which documents have a field (title, inclusion term, index path) made of
 * exactly the query's terms, in any order. A query that says all of an inclusion term and
 * nothing more ("cyst lung") names that code more surely than one sharing most of a longer title.
 * Kept as one sorted array of (term-set hash, document) keys: a few MB for every field of every
 * code, looked up by binary search.
 */
export interface FieldPhrases {
  /** Per field, its term-set hash × {@link DOC_SPACE} + its document, sorted. */
  readonly keys: Float64Array;
}

/** Documents a key can address; with a 34-bit hash, a key stays an exact integer in a double. */
const DOC_SPACE = 2 ** 18;
const HASH_SPACE = 2 ** 34;

/** A 34-bit hash of a set of term ids that does not depend on their order (0 for none). */
export function termSetHash(termIds: readonly number[]): number {
  const sorted = Int32Array.from(termIds).sort();
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b1;
  let count = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const id = sorted[i]!;
    if (i > 0 && id === sorted[i - 1]) continue;
    count += 1;
    h1 = Math.imul(h1 ^ id, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (id + 0x5bd1e995), 0x85ebca6b) >>> 0;
  }
  return count === 0 ? 0 : ((h1 * 4 + (h2 & 3)) % (HASH_SPACE - 1)) + 1;
}

/**
 * Builds the lookup from each document's fields, given as term-id lists. Hashes can collide, so
 * a caller confirms a whole-field match by the document matching every query word.
 */
export function buildFieldPhrases(fieldsByDoc: readonly (readonly number[][])[]): FieldPhrases {
  if (fieldsByDoc.length > DOC_SPACE) return { keys: new Float64Array(0) };
  const keys: number[] = [];
  fieldsByDoc.forEach((fields, doc) => {
    for (const field of fields) {
      const hash = termSetHash(field);
      if (hash !== 0) keys.push(hash * DOC_SPACE + doc);
    }
  });
  return { keys: Float64Array.from(keys).sort() };
}

/** Documents with a field whose term set hashes to `hash`. */
export function fieldPhraseDocs(phrases: FieldPhrases, hash: number): number[] {
  return idsWithHash(phrases.keys, hash, DOC_SPACE).filter((doc, i, all) => doc !== all[i - 1]);
}
