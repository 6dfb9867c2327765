import { idsWithHash } from './packed-keys.ts';

/**
 * Typo tolerance by symmetric deletion (the SymSpell idea): every dictionary term is stored
 * under each of its one-character deletions; a query word's own deletions are looked up, which
 * finds terms within a Damerau-Levenshtein distance of 2 without scanning the dictionary.
 * Candidates are confirmed with the real distance.
 *
 * The deletion keys are kept as one sorted array of (key hash, term id) numbers rather than a
 * map of strings: a few MB instead of tens, and stored in the code-set snapshot as is. A hash
 * can collide, so each candidate is checked to really have the key (the term itself or one of
 * its deletions): the answers are exactly those of a map keyed by the strings.
 */
export class TypoIndex {
  readonly #terms: readonly string[];
  readonly #keys: Float64Array;

  /** Use {@link TypoIndex.build}, or pass the {@link TypoIndex.keys} of one built before. */
  constructor(terms: readonly string[], keys: Float64Array) {
    this.#terms = terms;
    this.#keys = keys;
  }

  static build(terms: readonly string[], minLength = 4): TypoIndex {
    if (terms.length > ID_SPACE) throw new Error(`a typo index holds at most ${ID_SPACE} terms`);
    const keys: number[] = [];
    terms.forEach((term, id) => {
      if (term.length < minLength || /\d/.test(term)) return;
      for (const key of [term, ...deletions(term)]) keys.push(keyHash(key) * ID_SPACE + id);
    });
    const sorted = Float64Array.from(keys).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i += 1)
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
    return new TypoIndex(terms, sorted.slice(0, unique));
  }

  /** Per deletion key, its hash × 2²² + term id, sorted: what a snapshot stores. */
  get keys(): Float64Array {
    return this.#keys;
  }

  /** Term ids within `maxDistance` of the word, nearest first (the word itself excluded). */
  near(word: string, maxDistance: number): { id: number; distance: number }[] {
    const seen = new Set<number>();
    const found: { id: number; distance: number }[] = [];
    for (const key of [word, ...deletions(word)]) {
      for (const id of this.#idsUnder(key)) {
        if (seen.has(id)) continue;
        seen.add(id);
        const term = this.#terms[id];
        if (term === undefined || term === word) continue;
        const distance = damerauLevenshtein(word, term, maxDistance);
        if (distance <= maxDistance) found.push({ id, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance);
  }

  /** Ids of the terms that have `key` as themselves or one of their deletions, ascending. */
  #idsUnder(key: string): number[] {
    return idsWithHash(this.#keys, keyHash(key), ID_SPACE).filter((id) =>
      isSelfOrDeletion(this.#terms[id] ?? '', key),
    );
  }
}

/** Term ids a key can address; with a 31-bit hash a key stays an exact integer in a double. */
const ID_SPACE = 2 ** 22;

/** FNV-1a over the UTF-16 code units, folded to 31 bits. */
function keyHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 0x7fffffff;
}

function isSelfOrDeletion(term: string, key: string): boolean {
  if (term === key) return true;
  if (term.length !== key.length + 1) return false;
  let i = 0;
  while (i < key.length && term[i] === key[i]) i += 1;
  return term.slice(i + 1) === key.slice(i);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
/** Optimal string alignment distance, giving up (returning limit + 1) past `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint8Array(rows * cols);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[rows * cols - 1]!;
}
