/**
 * Typo tolerance by symmetric deletion (the SymSpell idea): every dictionary term is stored
 * under each of its one-character deletions; a query word's own deletions are looked up, which
 * finds terms within a Damerau-Levenshtein distance of 2 without scanning the dictionary.
 * Candidates are confirmed with the real distance.
 */
export class TypoIndex {
  readonly #byDeletion = new Map<string, number[]>();
  readonly #terms: readonly string[];

  constructor(terms: readonly string[], minLength = 4) {
    this.#terms = terms;
    terms.forEach((term, id) => {
      if (term.length < minLength || /\d/.test(term)) return;
      for (const key of [term, ...deletions(term)]) {
        const list = this.#byDeletion.get(key);
        if (list === undefined) this.#byDeletion.set(key, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    });
  }

  /** Term ids within `maxDistance` of the word, nearest first (the word itself excluded). */
  near(word: string, maxDistance: number): { id: number; distance: number }[] {
    const seen = new Set<number>();
    const found: { id: number; distance: number }[] = [];
    for (const key of [word, ...deletions(word)]) {
      for (const id of this.#byDeletion.get(key) ?? []) {
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
