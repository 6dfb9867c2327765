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

/** The raw text of element `n` (1-based, as in `CLP04`), or `''` when absent. */
export function element(seg: Segment, n: number): string {
  return seg.elements[n - 1] ?? '';
}

/** The components of element `n` (1-based), split on the component separator (ISA16). */
export function components(seg: Segment, n: number): string[] {
  const raw = seg.elements[n - 1];
  if (raw === undefined || raw === '') return [];
  return raw.split(seg.delimiters.component);
}

/** Component `c` (1-based) of element `n` (1-based), or `''` when absent. */
export function component(seg: Segment, n: number, c: number): string {
  const raw = seg.elements[n - 1];
  if (raw === undefined) return '';
  if (c === 1 && !raw.includes(seg.delimiters.component)) return raw;
  return raw.split(seg.delimiters.component)[c - 1] ?? '';
}

/** The repetitions of element `n` (1-based), split on the repetition separator (ISA11). */
export function repetitions(seg: Segment, n: number): string[] {
  const raw = seg.elements[n - 1];
  if (raw === undefined || raw === '') return [];
  const rep = seg.delimiters.repetition;
  return rep === undefined ? [raw] : raw.split(rep);
}
