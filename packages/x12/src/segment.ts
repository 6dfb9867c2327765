import type { Delimiters } from './delimiters.ts';

/**
 * One X12 segment as read: its ID and the raw text of each element (repetition and component
 * separators still inside; split them with {@link components} and {@link repetitions}).
 * `elements[0]` is the first data element (e.g. CLP01).
 */
export interface Segment {
  readonly id: string;
  readonly elements: readonly string[];
  /** 1-based position in the interchange (ISA = 1); in a bare ST..SE file, in the file. */
  readonly index: number;
  /** 1-based position in the transaction set (ST = 1, as SE01 counts); 0 outside a set. */
  readonly txIndex: number;
  /** Byte offset (UTF-8) of the segment's first character in the input. */
  readonly offset: number;
  readonly delimiters: Delimiters;
}

/**
 * A segment as the tokenizer finds it: a view into the input text whose elements are sliced
 * only when asked for. Splitting every segment into an array of strings was half of the
 * reading time, while readers look at some elements of some segments; {@link element} reads
 * one element without splitting, and `elements` splits once, on first use. A segment keeps the
 * text it was read from alive (the tokenizer's chunk): readers keep values and locations, not
 * segments.
 */
export class ScannedSegment implements Segment {
  readonly id: string;
  readonly index: number;
  readonly txIndex: number;
  readonly offset: number;
  readonly delimiters: Delimiters;
  readonly #text: string;
  /** Where the element separator after the ID is in `#text`; `#end` when there are no elements. */
  readonly #first: number;
  /** Where the segment ends in `#text` (its terminator, not included). */
  readonly #end: number;
  #split: readonly string[] | undefined = undefined;
  /**
   * Element number (1-based) whose leading separator is at `#cursorAt`: reading elements in
   * order scans each separator once.
   */
  #cursor = 1;
  #cursorAt: number;
  /** Where the element last located (`#cursor - 1`) starts; it ends at `#cursorAt`. */
  #from = 0;

  constructor(
    id: string,
    index: number,
    txIndex: number,
    offset: number,
    delimiters: Delimiters,
    text: string,
    first: number,
    end: number,
  ) {
    this.id = id;
    this.index = index;
    this.txIndex = txIndex;
    this.offset = offset;
    this.delimiters = delimiters;
    this.#text = text;
    this.#first = first;
    this.#end = end;
    this.#cursorAt = first;
  }

  get elements(): readonly string[] {
    this.#split ??=
      this.#first >= this.#end
        ? []
        : splitText(this.#text, this.delimiters.element, this.#first + 1, this.#end);
    return this.#split;
  }

  /** The raw text of element `n` (1-based), or `''` when absent. */
  element(n: number): string {
    return this.#locate(n) ? this.#text.slice(this.#from, this.#cursorAt) : '';
  }

  /**
   * `read(text, from, to)` over the characters of element `n` (1-based), `absent` when it is
   * empty or missing: numbers, dates and codes are read where they stand, without a string.
   */
  elementWith<R>(n: number, read: (text: string, from: number, to: number) => R, absent: R): R {
    return this.#locate(n) ? read(this.#text, this.#from, this.#cursorAt) : absent;
  }

  /** The code of `codes` element `n` (1-based) holds, or `undefined`. */
  elementCode<T extends string>(n: number, codes: readonly T[]): T | undefined {
    if (!this.#locate(n)) return undefined;
    const text = this.#text;
    const from = this.#from;
    const length = this.#cursorAt - from;
    for (const code of codes) {
      if (code.length !== length) continue;
      let i = 0;
      while (i < length && text.charCodeAt(from + i) === code.charCodeAt(i)) i += 1;
      if (i === length) return code;
    }
    return undefined;
  }

  /** Finds element `n` (into `#from`, `#cursorAt`); false when it is empty or missing. */
  #locate(n: number): boolean {
    if (n < 1) return false;
    if (n === this.#cursor - 1) return this.#from < this.#cursorAt;
    const text = this.#text;
    const end = this.#end;
    const separator = this.delimiters.element;
    let k = this.#cursor;
    let at = this.#cursorAt;
    if (n < k) {
      k = 1;
      at = this.#first;
    }
    if (at >= end) return false;
    for (; k < n; k += 1) {
      at = text.indexOf(separator, at + 1);
      if (at < 0 || at >= end) return false;
    }
    const next = text.indexOf(separator, at + 1);
    const stop = next < 0 || next > end ? end : next;
    this.#cursor = n + 1;
    this.#cursorAt = stop;
    this.#from = at + 1;
    return at + 1 < stop;
  }

  /** The plain form (`JSON.stringify`, snapshots): what the segment holds, not how it is stored. */
  toJSON(): Segment {
    const { id, elements, index, txIndex, offset, delimiters } = this;
    return { id, elements, index, txIndex, offset, delimiters };
  }
}

/**
 * `text[from, to)` split on `separator`: `String.split` without the copy of the
 * range, and faster than it on the short values of X12 (no call into the runtime).
 */
export function splitText(text: string, separator: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  let start = from;
  for (;;) {
    const at = text.indexOf(separator, start);
    if (at < 0 || at >= to) {
      out.push(text.slice(start, to));
      return out;
    }
    out.push(text.slice(start, at));
    start = at + separator.length;
  }
}

/** The raw text of element `n` (1-based, as in `CLP04`), or `''` when absent. */
export function element(seg: Segment, n: number): string {
  return seg instanceof ScannedSegment ? seg.element(n) : (seg.elements[n - 1] ?? '');
}

/**
 * `read(text, from, to)` over the characters of element `n` (1-based), or `absent` when it is
 * empty or missing; a scanned segment makes no string for it.
 */
export function readElement<R>(
  seg: Segment,
  n: number,
  read: (text: string, from: number, to: number) => R,
  absent: R,
): R {
  if (seg instanceof ScannedSegment) return seg.elementWith(n, read, absent);
  const value = seg.elements[n - 1] ?? '';
  return value === '' ? absent : read(value, 0, value.length);
}

/**
 * The code of `codes` that element `n` (1-based) holds, or `undefined` (empty, or no code of
 * the list); the list's own string is handed back, so a scanned segment makes none.
 */
export function elementCode<T extends string>(
  seg: Segment,
  n: number,
  codes: readonly T[],
): T | undefined {
  if (seg instanceof ScannedSegment) return seg.elementCode(n, codes);
  const value = seg.elements[n - 1] ?? '';
  return value !== '' && (codes as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The components of element `n` (1-based), split on the component separator (ISA16). */
export function components(seg: Segment, n: number): string[] {
  const raw = element(seg, n);
  if (raw === '') return [];
  return splitText(raw, seg.delimiters.component);
}

/** Component `c` (1-based) of element `n` (1-based), or `''` when absent. */
export function component(seg: Segment, n: number, c: number): string {
  return componentOf(element(seg, n), seg.delimiters.component, c);
}

/** Component `c` (1-based) of the raw text of a composite, or `''` when absent; splits nothing. */
export function componentOf(raw: string, separator: string, c: number): string {
  let start = 0;
  for (let k = 1; k < c; k += 1) {
    const at = raw.indexOf(separator, start);
    if (at < 0) return '';
    start = at + separator.length;
  }
  const end = raw.indexOf(separator, start);
  return end < 0 ? raw.slice(start) : raw.slice(start, end);
}

/** The repetitions of element `n` (1-based), split on the repetition separator (ISA11). */
export function repetitions(seg: Segment, n: number): string[] {
  const raw = element(seg, n);
  if (raw === '') return [];
  const rep = seg.delimiters.repetition;
  return rep === undefined ? [raw] : splitText(raw, rep);
}
