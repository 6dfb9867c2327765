import { delimiterProblem, type Delimiters } from './delimiters.ts';
import type { Segment } from './segment.ts';

/** A segment to write: its ID and raw elements (as in {@link Segment}); its delimiters if read. */
export interface SegmentInput {
  readonly id: string;
  readonly elements: readonly string[];
  readonly delimiters?: Delimiters;
}

/** How to lay out written X12. */
export interface WriteOptions {
  /** Delimiters to write with; default: those each segment was read with, else `* ^ : ~`. */
  readonly delimiters?: Delimiters;
  /** Text after each segment terminator: `''` (default), `'\n'` or `'\r\n'`. */
  readonly lineBreak?: '' | '\n' | '\r\n';
}

/** Thrown when a value cannot be written with the chosen delimiters (a broken invariant). */
export class X12WriteError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'X12WriteError';
    this.code = code;
  }
}

const fallback: Delimiters = { element: '*', repetition: '^', component: ':', segment: '~' };

function redelimit(raw: string, from: Delimiters, to: Delimiters): string {
  let mapped = '';
  for (const ch of raw) {
    if (ch === from.component) mapped += to.component;
    else if (from.repetition !== undefined && ch === from.repetition) mapped += to.repetition ?? ch;
    else if (
      ch === to.element ||
      ch === to.segment ||
      ch === to.component ||
      ch === to.repetition
    ) {
      throw new X12WriteError(
        'delimiter-in-data',
        `value ${JSON.stringify(raw)} holds delimiter ${ch}`,
      );
    } else mapped += ch;
  }
  return mapped;
}

function isaElements(seg: SegmentInput, to: Delimiters): readonly string[] {
  const out = [...seg.elements];
  if (out.length >= 16) {
    if (to.repetition !== undefined && /^[^A-Za-z0-9 ]$/.test(out[10] ?? ''))
      out[10] = to.repetition;
    out[15] = to.component;
  }
  return out;
}

/**
 * Writes one segment (without terminator). Elements keep their components and repetitions;
 * when the target delimiters differ from the ones the segment was read with, separators inside
 * elements are translated, and ISA11/ISA16 are set to the new repetition/component separators.
 */
export function writeSegment(seg: SegmentInput, to: Delimiters): string {
  const from = seg.delimiters ?? to;
  if (seg.id === 'ISA') return [seg.id, ...isaElements(seg, to)].join(to.element);
  const same =
    from.element === to.element &&
    from.component === to.component &&
    from.repetition === to.repetition &&
    from.segment === to.segment;
  const elements = same ? seg.elements : seg.elements.map((raw) => redelimit(raw, from, to));
  return elements.length === 0 ? seg.id : seg.id + to.element + elements.join(to.element);
}

/**
 * Writes segments as X12 text (ASC X12.6 syntax; HIPAA TR3 Appendix B delimiters).
 *
 * @example
 * ```ts
 * const text = writeX12(parseSegments(input), { lineBreak: '\n' });
 * ```
 */
export function writeX12(segments: Iterable<SegmentInput>, options: WriteOptions = {}): string {
  const parts: string[] = [];
  const lineBreak = options.lineBreak ?? '';
  if (options.delimiters !== undefined) {
    const problem = delimiterProblem(options.delimiters);
    if (problem !== undefined) throw new X12WriteError('bad-delimiters', problem.reason);
  }
  for (const seg of segments) {
    const to = options.delimiters ?? seg.delimiters ?? fallback;
    parts.push(writeSegment(seg, to) + to.segment + lineBreak);
  }
  return parts.join('');
}

/** The same segments with positions dropped: what a round trip must preserve. */
export function segmentShape(
  segments: readonly Segment[],
): { id: string; elements: readonly string[] }[] {
  return segments.map((s) => ({ id: s.id, elements: s.elements }));
}
