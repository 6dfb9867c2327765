import type { SearchIndex } from './search-index.ts';

/** The k best documents by score, kept in a small min-heap. */
export class TopK {
  readonly #docs: number[] = [];
  readonly #scores: number[] = [];
  readonly #k: number;

  constructor(k: number) {
    this.#k = k;
  }

  /** The score a document must beat to enter: the k-th best so far, or 0 while not full. */
  threshold(): number {
    return this.#docs.length < this.#k ? 0 : this.#scores[0]!;
  }

  wouldKeep(score: number): boolean {
    return this.#docs.length < this.#k || score > this.#scores[0]!;
  }

  offer(doc: number, score: number): void {
    if (this.#docs.length < this.#k) {
      this.#docs.push(doc);
      this.#scores.push(score);
      this.#up(this.#docs.length - 1);
    } else {
      this.#docs[0] = doc;
      this.#scores[0] = score;
      this.#down(0);
    }
  }

  sorted(index: SearchIndex): { doc: number; score: number }[] {
    return this.#docs
      .map((doc, i) => ({ doc, score: this.#scores[i]! }))
      .sort((a, b) => b.score - a.score || codeOrder(index.codes[a.doc]!, index.codes[b.doc]!));
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#scores[parent]! <= this.#scores[i]!) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.#docs.length && this.#scores[left]! < this.#scores[smallest]!)
        smallest = left;
      if (right < this.#docs.length && this.#scores[right]! < this.#scores[smallest]!)
        smallest = right;
      if (smallest === i) return;
      this.#swap(i, smallest);
      i = smallest;
    }
  }

  #swap(a: number, b: number): void {
    [this.#docs[a], this.#docs[b]] = [this.#docs[b]!, this.#docs[a]!];
    [this.#scores[a], this.#scores[b]] = [this.#scores[b]!, this.#scores[a]!];
  }
}

/** Shorter (less specific) codes first on equal scores, then alphabetical. */
export const codeOrder = (a: string, b: string) =>
  a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
