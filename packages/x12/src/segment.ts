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
    if (this.#split !== undefined) return this.#split[n - 1] ?? '';
    if (n < 1) return '';
    const text = this.#text;
    const end = this.#end;
    const separator = this.delimiters.element;
    let k = this.#cursor;
    let at = this.#cursorAt;
    if (n < k) {
      k = 1;
      at = this.#first;
    }
    if (at >= end) return '';
    for (; k < n; k += 1) {
      at = text.indexOf(separator, at + 1);
      if (at < 0 || at >= end) return '';
    }
    const next = text.indexOf(separator, at + 1);
    const stop = next < 0 || next > end ? end : next;
    this.#cursor = n + 1;
    this.#cursorAt = stop;
    return text.slice(at + 1, stop);
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
