import { issueAt, type AckCodes, type IssueSink, type SegmentLocation } from './issue.ts';
import { parseCents, type Cents } from './money.ts';
import { element, elementCode, readElement, type Segment } from './segment.ts';
import { parseX12Date, type IsoDate } from './x12-date.ts';
import { numberDigits } from './x12-number.ts';

/**
 * Reads typed element values from segments and reports each bad value as a located issue with
 * its 999 IK4 code (1 required missing, 6 invalid character, 7 invalid code, 8 invalid date)
 * and IK3 code 8 (segment has data element errors). `loop` is the current loop path.
 */
export class ElementReader {
  readonly #sink: IssueSink;
  loop = '';

  constructor(sink: IssueSink) {
    this.#sink = sink;
  }

  #bad(
    seg: Segment,
    n: number,
    code: string,
    message: string,
    ik4: string,
    component?: number,
  ): void {
    const name = `${seg.id}${String(n).padStart(2, '0')}${component === undefined ? '' : `-${component}`}`;
    this.#sink(
      issueAt(seg, code, `${name} ${message}`, {
        element: n,
        ...(component === undefined ? {} : { component }),
        ...(this.loop === '' ? {} : { loop: this.loop }),
        ack: { ik3: '8', ik4 },
      }),
    );
  }

  /** Reports a problem that is not about one element's syntax (e.g. balancing). */
  report(
    seg: SegmentLocation,
    code: string,
    message: string,
    element?: number,
    ack?: AckCodes,
  ): void {
    this.#sink(
      issueAt(seg, code, message, {
        ...(element === undefined ? {} : { element }),
        ...(this.loop === '' ? {} : { loop: this.loop }),
        ...(ack === undefined ? {} : { ack }),
      }),
    );
  }

  /** Element `n` (1-based), reporting IK4 1 when it is required and empty. */
  text(seg: Segment, n: number, required = false): string {
    const value = element(seg, n);
    if (required && value === '') this.#missing(seg, n);
    return value;
  }

  /** Reports component `c` of element `n` as required and missing (IK4 1). */
  missingComponent(seg: Segment, n: number, c: number): void {
    this.#bad(seg, n, 'required-component-missing', 'is required', '1', c);
  }

  /** Element `n` as cents (X12 R), `undefined` when empty or invalid (reported). */
  cents(seg: Segment, n: number, required = false): Cents | undefined {
    return this.#parsed(
      seg,
      n,
      required,
      parseCents,
      'invalid-amount',
      'a decimal amount in cents',
      '6',
    );
  }

  /** Element `n` as a CCYYMMDD date, `undefined` when empty or invalid (reported). */
  date(seg: Segment, n: number, required = false): IsoDate | undefined {
    return this.#parsed(seg, n, required, parseX12Date, 'invalid-date', 'a CCYYMMDD date', '8');
  }

  /** Element `n` parsed where it stands; reports it missing (when required) or invalid. */
  #parsed<T>(
    seg: Segment,
    n: number,
    required: boolean,
    parse: (text: string, from: number, to: number) => T | undefined,
    code: string,
    expected: string,
    ik4: string,
  ): T | undefined {
    const value = readElement(seg, n, parse, null);
    if (value === null) {
      if (required) this.#missing(seg, n);
      return undefined;
    }
    if (value === undefined)
      this.#bad(seg, n, code, `"${element(seg, n)}" is not ${expected}`, ik4);
    return value;
  }

  /** Element `n` as a decimal number (X12 R quantities), `undefined` when empty or invalid. */
  decimal(seg: Segment, n: number): number | undefined {
    const value = this.text(seg, n);
    if (value === '') return undefined;
    if (numberDigits(value, true) < 0) {
      this.#bad(seg, n, 'invalid-number', `"${value}" is not a number`, '6');
      return undefined;
    }
    return Number(value);
  }

  /** Element `n` as a whole number (X12 N0 counts and positions), `undefined` when empty or invalid. */
  integer(seg: Segment, n: number, required = false): number | undefined {
    const value = this.text(seg, n, required);
    if (value === '') return undefined;
    if (!/^\d{1,15}$/.test(value)) {
      this.#bad(seg, n, 'invalid-number', `"${value}" is not a whole number`, '6');
      return undefined;
    }
    return Number(value);
  }

  /** Element `n` checked against a code list (IK4 7 when not in it). */
  code<T extends string>(
    seg: Segment,
    n: number,
    codes: readonly T[],
    required = false,
  ): T | undefined {
    const code = elementCode(seg, n, codes);
    if (code !== undefined) return code;
    const value = this.text(seg, n, required);
    if (value !== '')
      this.#bad(seg, n, 'invalid-code', `"${value}" is not one of ${codes.join(', ')}`, '7');
    return undefined;
  }

  #missing(seg: Segment, n: number): void {
    this.#bad(seg, n, 'required-element-missing', 'is required', '1');
  }
}
