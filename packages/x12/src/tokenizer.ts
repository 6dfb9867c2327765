import { inferBareDelimiters, readIsaDelimiters, type Delimiters } from './delimiters.ts';
import { issueAt, type IssueSink, type SegmentLocation } from './issue.ts';
import { ScannedSegment, type Segment } from './segment.ts';
import { knownSegmentIdAt } from './segment-ids.ts';
import { hasNonAscii, utf8Length } from './utf8.ts';

/** Options of the tokenizer and of the readers built on it. */
export interface TokenizerOptions {
  /** Receives every problem found while splitting the input into segments. */
  readonly onIssue?: IssueSink;
  /** How much text before the first ISA is searched before giving up (characters). */
  readonly maxPreamble?: number;
  /** Longest segment accepted (characters); beyond it reading stops, so memory stays bounded. */
  readonly maxSegmentLength?: number;
}

const noop: IssueSink = () => undefined;

function isSkippable(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff || c === 0;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function validSegmentId(id: string): boolean {
  if (id.length < 2 || id.length > 3) return false;
  const first = id.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** Where `ISA` followed by a separator starts at or after `from`, or -1. */
function findIsa(text: string, from: number): number {
  let at = text.indexOf('ISA', from);
  while (at >= 0) {
    const next = text.charCodeAt(at + 3);
    if (!Number.isNaN(next) && !isAlnum(next) && !isSkippable(next)) return at;
    at = text.indexOf('ISA', at + 1);
  }
  return -1;
}

/**
 * Splits X12 text into {@link Segment}s, chunk by chunk, holding only the unfinished tail.
 *
 * Delimiters come from each ISA (so several interchanges with different delimiters can follow
 * one another); CR, LF, spaces, tabs and a byte-order mark between segments are skipped, and
 * CR/LF inside a segment (wrapped lines) are dropped unless a delimiter is CR or LF. Output
 * does not depend on where the chunks are cut.
 */
export class SegmentTokenizer {
  #buf = '';
  #pos = 0;
  #offset = 0;
  #nonAscii = false;
  #delims: Delimiters | undefined;
  #index = 0;
  #txIndex = 0;
  #stopped = false;
  #sawPreamble = false;
  /** Where the next LF / CR at or after the current segment is in `#buf` (`#buf.length`: none). */
  #nextLf = -1;
  #nextCr = -1;
  readonly #onIssue: IssueSink;
  readonly #maxPreamble: number;
  readonly #maxSegment: number;

  constructor(options: TokenizerOptions = {}) {
    this.#onIssue = options.onIssue ?? noop;
    this.#maxPreamble = options.maxPreamble ?? 1 << 20;
    this.#maxSegment = options.maxSegmentLength ?? 1 << 20;
  }

  /** Characters held for an unfinished segment (bounded by chunk size + longest segment). */
  get pending(): number {
    return this.#buf.length - this.#pos;
  }

  /**
   * Adds text and emits every segment completed by it; `ascii` true when the caller knows the
   * text holds only ASCII (byte offsets are then character offsets).
   */
  push(chunk: string, emit: (segment: Segment) => void, ascii = false): void {
    if (this.#stopped || chunk === '') return;
    if (!ascii && !this.#nonAscii && hasNonAscii(chunk)) this.#nonAscii = true;
    const rest = this.#pos === 0 ? this.#buf : this.#buf.slice(this.#pos);
    // `join` makes one flat string where `+` makes a rope that every `indexOf` and `slice` on
    // the buffer would have to look through.
    this.#buf = rest === '' ? chunk : [rest, chunk].join('');
    this.#pos = 0;
    this.#nextLf = -1;
    this.#nextCr = -1;
    this.#drain(false, emit);
  }

  /** Signals the end of input and emits what is left (reporting an unterminated tail). */
  end(emit: (segment: Segment) => void): void {
    if (!this.#stopped) this.#drain(true, emit);
    if (this.#delims === undefined && !this.#stopped) {
      this.#report(this.#here(''), 'not-x12', 'input holds no ISA interchange header', {
        ta1: '022',
      });
    }
    this.#buf = '';
    this.#pos = 0;
    this.#stopped = true;
  }

  #here(id: string): SegmentLocation {
    return { id, index: this.#index, txIndex: 0, offset: this.#offset };
  }

  #report(
    at: SegmentLocation,
    code: string,
    message: string,
    ack: { ta1?: string; ik3?: string },
  ): void {
    this.#onIssue(issueAt(at, code, message, { ack }));
  }

  #advance(to: number): void {
    this.#offset += this.#nonAscii ? utf8Length(this.#buf, this.#pos, to) : to - this.#pos;
    this.#pos = to;
  }

  #skipBlank(): void {
    const buf = this.#buf;
    let pos = this.#pos;
    while (pos < buf.length && isSkippable(buf.charCodeAt(pos))) {
      this.#offset += buf.charCodeAt(pos) === 0xfeff ? 3 : 1;
      pos += 1;
    }
    this.#pos = pos;
  }

  #drain(final: boolean, emit: (segment: Segment) => void): void {
    for (;;) {
      this.#skipBlank();
      const buf = this.#buf;
      const pos = this.#pos;
      if (pos >= buf.length) return;
      if (buf.length - pos < 4 && !final) return;
      if (
        buf.charCodeAt(pos) === 73 &&
        buf.startsWith('ISA', pos) &&
        !isAlnum(buf.charCodeAt(pos + 3))
      ) {
        if (!this.#readIsa(final, emit)) return;
        continue;
      }
      const delims = this.#delims;
      if (delims === undefined) {
        if (!this.#findStart(final)) return;
        continue;
      }
      const end = buf.indexOf(delims.segment, pos);
      if (end < 0) {
        if (!final) {
          if (buf.length - pos > this.#maxSegment) {
            this.#index += 1;
            this.#stopOn(
              'segment-too-long',
              `no segment terminator within ${this.#maxSegment} characters`,
            );
          }
          return;
        }
        const at = this.#emitSegment(pos, buf.length, delims, emit);
        this.#report(
          at,
          'missing-terminator',
          'input ends inside a segment (no segment terminator)',
          {
            ta1: '023',
          },
        );
        this.#advance(buf.length);
        return;
      }
      this.#emitSegment(pos, end, delims, emit);
      this.#advance(end + 1);
    }
  }

  /** Handles an ISA at the current position; false when more input is needed or reading stops. */
  #readIsa(final: boolean, emit: (segment: Segment) => void): boolean {
    const result = readIsaDelimiters(this.#buf, this.#pos, final);
    if (result.kind === 'need-more') return false;
    if (result.kind === 'invalid') {
      this.#index += 1;
      this.#report(this.#here('ISA'), 'bad-delimiters', `unreadable ISA: ${result.reason}`, {
        ta1: result.ta1,
      });
      this.#stopped = true;
      return false;
    }
    this.#delims = result.delimiters;
    this.#index = 0;
    this.#txIndex = 0;
    const end = this.#pos + result.length - 1;
    this.#emitSegment(this.#pos, end, result.delimiters, emit);
    this.#advance(end + 1);
    return true;
  }

  /** Before any ISA: skip a preamble or accept a bare GS/ST start; false to wait or stop. */
  #findStart(final: boolean): boolean {
    const buf = this.#buf;
    const pos = this.#pos;
    const isa = findIsa(buf, pos);
    if (isa > pos) {
      if (!this.#sawPreamble && !isByteOrderMark(buf.slice(pos, isa))) {
        this.#sawPreamble = true;
        this.#report(this.#here(''), 'text-before-isa', 'text before the ISA header was ignored', {
          ta1: '022',
        });
      }
      this.#advance(isa);
      return true;
    }
    const head = buf.slice(pos, pos + 2);
    if ((head === 'ST' || head === 'GS') && !isAlnum(buf.charCodeAt(pos + 2))) {
      const bare = inferBareDelimiters(buf, pos);
      if (bare === undefined) {
        if (final) this.#stopOn('not-x12', 'no segment terminator found');
        return false;
      }
      this.#delims = bare;
      this.#report(
        this.#here(head),
        'missing-isa',
        `input starts at ${head} without an ISA header`,
        {
          ta1: '022',
        },
      );
      return true;
    }
    if (final || buf.length - pos > this.#maxPreamble) {
      this.#stopOn('not-x12', 'input does not start with an ISA interchange header');
    }
    return false;
  }

  #stopOn(code: string, message: string): void {
    this.#report(this.#here(''), code, message, { ta1: '022' });
    this.#stopped = true;
    this.#buf = '';
    this.#pos = 0;
  }

  /** Whether `#buf[start, end)` holds a CR or LF (a wrapped line); one search per line break. */
  #hasLineBreak(start: number, end: number): boolean {
    const buf = this.#buf;
    if (this.#nextLf < start) {
      const at = buf.indexOf('\n', start);
      this.#nextLf = at < 0 ? buf.length : at;
    }
    if (this.#nextLf < end) return true;
    if (this.#nextCr < start) {
      const at = buf.indexOf('\r', start);
      this.#nextCr = at < 0 ? buf.length : at;
    }
    return this.#nextCr < end;
  }

  #emitSegment(
    start: number,
    end: number,
    d: Delimiters,
    emit: (segment: Segment) => void,
  ): SegmentLocation {
    let text = this.#buf;
    let from = start;
    let to = end;
    // Line breaks inside a segment (wrapped lines) are dropped.
    if (d.element !== '\n' && d.element !== '\r' && this.#hasLineBreak(start, end)) {
      text = text.slice(start, end).replace(/[\r\n]+/g, '');
      from = 0;
      to = text.length;
    }
    let cut = text.indexOf(d.element, from);
    if (cut < 0 || cut > to) cut = to;
    const known = knownSegmentIdAt(text, from, cut - from);
    const id = known ?? text.slice(from, cut);
    if (id === 'ISA') this.#index = 0;
    this.#index += 1;
    if (id === 'ST') this.#txIndex = 1;
    else if (this.#txIndex > 0) this.#txIndex += 1;
    const segment = new ScannedSegment(
      id,
      this.#index,
      this.#txIndex,
      this.#offset,
      d,
      text,
      cut,
      to,
    );
    if (known === undefined && !validSegmentId(id)) {
      this.#onIssue(
        issueAt(segment, 'bad-segment-id', `"${id.slice(0, 20)}" is not a segment identifier`, {
          ack: { ik3: '1' },
        }),
      );
    }
    emit(segment);
    if (id === 'SE' || id === 'GE' || id === 'IEA') this.#txIndex = 0;
    return segment;
  }
}

/** A UTF-8 byte-order mark, read as text (U+FEFF) or as its three Latin-1 bytes: not data. */
const isByteOrderMark = (text: string): boolean =>
  text === '\uFEFF' || text === '\u00EF\u00BB\u00BF';
