import type { Delimiters } from './delimiters.ts';
import type { AckCodes, X12Issue } from './issue.ts';
import { isFlaw, type Checked } from './build-values.ts';

/** One element to write: a checked value, or the components of a composite. */
export type Field = Checked | readonly Checked[];

/** 999 IK4 element error codes (X12 621) of the value problems the builders report. */
const ik4ByCode: Readonly<Record<string, string>> = {
  'required-element-missing': '1',
  'element-too-long': '5',
  'delimiter-in-data': '6',
  'invalid-amount': '6',
  'invalid-quantity': '6',
  'invalid-date': '8',
  'invalid-time': '9',
};

/** 999 IK3 segment error codes (X12 620) of the segment problems the builders report. */
const ik3ByCode: Readonly<Record<string, string>> = {
  'required-segment-missing': '3',
  'required-loop-missing': 'I7',
};

/** IK3 8 with the IK4 code for an element problem; the IK3 code of a segment problem. */
function defaultAck(code: string, onElement: boolean): AckCodes | undefined {
  if (onElement) return { ik3: '8', ik4: ik4ByCode[code] ?? '7' };
  const ik3 = ik3ByCode[code];
  return ik3 === undefined ? undefined : { ik3 };
}

const isComposite = (field: Field): field is readonly Checked[] => Array.isArray(field);

const flushEvery = 256;

/**
 * Told of each segment as {@link SetBuilder.add} writes it: its ID, its elements as a reader
 * splits them from the text (element 01 first, trailing empty ones left out) and the length of
 * its text, terminator and line break included.
 */
export type SegmentListener = (id: string, elements: readonly string[], length: number) => void;

/**
 * Collects the segments of one transaction set (ST..SE) and the located issues found while
 * writing them, so that a builder reports every problem of its input at once instead of
 * stopping at the first (STYLE.md §4). Each issue carries the position its segment would have
 * in the interchange (ISA = 1, so ST = 3) and in the set (ST = 1), the element and component,
 * the loop, and `context` (e.g. `claim 123: `) before its message.
 */
export class SetBuilder {
  readonly issues: X12Issue[] = [];
  /** The loop the next segments belong to (TR3 loop ID). */
  loop = '';
  /** Put before every message, to name the claim the issue belongs to. */
  context = '';
  readonly #delimiters: Delimiters;
  /** 1 for each UTF-16 code unit a value must not hold (see the constructor). */
  readonly #forbidden = new Uint8Array(0x10000);
  readonly #end: string;
  /**
   * Segments written, joined into one flat string every {@link flushEvery} segments: a segment
   * built by `+=` is a tree of string pieces, and tens of thousands of them kept alive until
   * {@link text} made the garbage collector copy every piece again and again.
   */
  readonly #chunks: string[] = [];
  readonly #pending: string[] = [];
  #count = 0;

  /** Told of each segment as it is written (see {@link SegmentListener}). */
  readonly #listener: SegmentListener | undefined;
  #asciiOnly = true;

  /** `lineBreak` is written after each segment terminator. */
  constructor(delimiters: Delimiters, lineBreak = '', listener?: SegmentListener) {
    this.#delimiters = delimiters;
    this.#listener = listener;
    this.#end = delimiters.segment + lineBreak;
    // Delimiters, and control characters that would break the text or a line-based reader.
    // A table, not a regular expression: it is consulted for every character written.
    const chars = [delimiters.element, delimiters.component, delimiters.segment];
    if (delimiters.repetition !== undefined) chars.push(delimiters.repetition);
    for (const c of chars)
      for (let i = 0; i < c.length; i += 1) this.#forbidden[c.charCodeAt(i)] = 1;
    this.#forbidden.fill(1, 0, 0x20);
    this.#forbidden[0x7f] = 1;
  }

  /** Whether every value written so far is ASCII text. */
  get asciiOnly(): boolean {
    return this.#asciiOnly;
  }

  /** Position the next segment gets in its transaction set (ST = 1). */
  get nextTxIndex(): number {
    return this.#count + 1;
  }

  /** The segments written so far, as X12 text (ISA11/ISA16 delimiters, terminators). */
  text(): string {
    this.#flush();
    return this.#chunks.join('');
  }

  /** Reports a problem on segment `id` at transaction-set position `txIndex`. */
  report(
    id: string,
    txIndex: number,
    code: string,
    message: string,
    where: { element?: number; component?: number; ack?: AckCodes; warning?: boolean } = {},
  ): void {
    const name =
      where.element === undefined
        ? id
        : `${id}${String(where.element).padStart(2, '0')}${where.component === undefined ? '' : `-${where.component}`}`;
    const ack = where.ack ?? defaultAck(code, where.element !== undefined);
    this.issues.push({
      severity: where.warning === true ? 'warning' : 'error',
      code,
      message: `${this.context}${name} ${message}`,
      segmentIndex: txIndex + 2,
      segmentId: id,
      txSegmentIndex: txIndex,
      ...(where.element === undefined ? {} : { element: where.element }),
      ...(where.component === undefined ? {} : { component: where.component }),
      ...(this.loop === '' ? {} : { loop: this.loop }),
      ...(ack === undefined ? {} : { ack }),
    });
  }

  /** Reports a problem on element `element` (component `component`) of the next segment. */
  flag(id: string, code: string, message: string, element?: number, component?: number): void {
    const where = {
      ...(element === undefined ? {} : { element }),
      ...(component === undefined ? {} : { component }),
    };
    this.report(id, this.nextTxIndex, code, message, where);
  }

  #value(id: string, value: Checked, element: number, component?: number): string {
    if (isFlaw(value)) {
      this.flag(id, value.code, value.message, element, component);
      return '';
    }
    if (this.#holdsForbidden(value)) {
      this.flag(
        id,
        'delimiter-in-data',
        `"${value}" holds a delimiter or control character`,
        element,
        component,
      );
    }
    return value;
  }

  #holdsForbidden(value: string): boolean {
    const forbidden = this.#forbidden;
    for (let i = 0; i < value.length; i += 1) {
      const c = value.charCodeAt(i);
      if (forbidden[c] === 1) return true;
      if (c > 0x7f) this.#asciiOnly = false;
    }
    return false;
  }

  /**
   * Writes segment `id` (as `writeSegment` would); `fields[0]` is element 01. Flawed values and
   * values holding a delimiter are reported at their element (and component); trailing empty
   * elements and components are dropped, as X12.6 requires.
   */
  add(id: string, fields: readonly Field[]): void {
    const separator = this.#delimiters.element;
    const elements: string[] = [];
    let line = id;
    let last = 0; // position written last (the ID is 0): empty elements cost nothing until a value follows
    for (let n = 0; n < fields.length; n += 1) {
      const field = fields[n] ?? '';
      const value = isComposite(field)
        ? this.#composite(id, field, n + 1)
        : this.#value(id, field, n + 1);
      if (value === '') continue;
      // What a reader splits the segment into: no trailing empty elements.
      while (elements.length < n) elements.push('');
      elements.push(value);
      line += (n === last ? separator : separator.repeat(n + 1 - last)) + value;
      last = n + 1;
    }
    const written = line + this.#end;
    this.#pending.push(written);
    this.#count += 1;
    this.#listener?.(id, elements, written.length);
    if (this.#pending.length === flushEvery) this.#flush();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#chunks.push(this.#pending.join(''));
    this.#pending.length = 0;
  }

  #composite(id: string, parts: readonly Checked[], n: number): string {
    const separator = this.#delimiters.component;
    let text = '';
    let last = 0;
    for (let c = 0; c < parts.length; c += 1) {
      const value = this.#value(id, parts[c] ?? '', n, c + 1);
      if (value === '') continue;
      text += separator.repeat(c - last) + value;
      last = c;
    }
    return text;
  }
}
