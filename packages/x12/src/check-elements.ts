import type { CompositeDef, ElementDef, SegmentDef } from './element-def.ts';
import { elementDictionary } from './grammar/element-dictionary.ts';
import { issueAt, type IssueSink } from './issue.ts';
import { element, type Segment } from './segment.ts';
import { parseX12Date } from './x12-date.ts';
import { numberDigits } from './x12-number.ts';

/** What is wrong with one value: the issue code, its 999 IK403 code and the words. */
interface Problem {
  readonly code: string;
  readonly ik4: string;
  readonly what: string;
}

const missing: Problem = { code: 'required-element-missing', ik4: '1', what: 'is required' };
/** X12 TM: HHMM, HHMMSS, HHMMSSD or HHMMSSDD (hours 00-23, minutes and seconds 00-59). */
const timePattern = /^([01]\d|2[0-3])[0-5]\d([0-5]\d\d{0,2})?$/;

function lengthProblem(length: number, def: ElementDef): Problem | undefined {
  if (length < def.min)
    return { code: 'element-too-short', ik4: '4', what: `is shorter than ${def.min}` };
  if (length > def.max)
    return { code: 'element-too-long', ik4: '5', what: `is longer than ${def.max}` };
  return undefined;
}

/** What is wrong with a non-empty value of an element, by its dictionary definition. */
export function elementProblem(value: string, def: ElementDef): Problem | undefined {
  switch (def.type) {
    case 'DT':
      return parseX12Date(value) === undefined
        ? { code: 'invalid-date', ik4: '8', what: 'is not a CCYYMMDD date' }
        : undefined;
    case 'TM':
      return timePattern.test(value)
        ? undefined
        : { code: 'invalid-time', ik4: '9', what: 'is not an HHMM[SS[DD]] time' };
    case 'R': {
      const digits = numberDigits(value, true);
      return digits < 0
        ? { code: 'invalid-number', ik4: '6', what: 'is not a decimal number' }
        : lengthProblem(digits, def);
    }
    case 'N0': {
      const digits = numberDigits(value, false);
      return digits < 0
        ? { code: 'invalid-number', ik4: '6', what: 'is not a whole number' }
        : lengthProblem(digits, def);
    }
    case 'AN':
    case 'ID':
      if (def.codes !== undefined && !def.codes.includes(value))
        return { code: 'invalid-code', ik4: '7', what: `is not one of ${def.codes.join(', ')}` };
      return lengthProblem(value.length, def);
  }
}

/** Segments after which no set is open (SE, or a trailer or header of the envelope). */
const endsSet = (id: string): boolean =>
  id === 'SE' || id === 'GE' || id === 'IEA' || id === 'ISA' || id === 'GS';

/** The dictionary by segment ID, as a `Map`: looked up once per segment checked. */
const definitions: ReadonlyMap<string, SegmentDef> = new Map(Object.entries(elementDictionary));

/** The sets the engine reads, by ST01, and the guides (GS08/ST03) it reads them under. */
const checkedSets: Readonly<Record<string, readonly string[] | undefined>> = {
  '270': ['X279'],
  '271': ['X279'],
  '276': ['X212'],
  '277': ['X212', 'X214'],
  '835': undefined,
  '837': ['X222', 'X223'],
  '999': undefined,
};

/**
 * Checks each element of the GS and of the segments of the transaction sets the engine reads
 * against the 005010 data element dictionary ({@link elementDictionary}): mandatory elements
 * and components present (999 IK4 1), lengths (4 too short, 5 too long), numbers (6), codes
 * (7), dates (8) and times (9), each reported as a located issue with IK3 8.
 */
export class ElementChecker {
  readonly #sink: IssueSink;
  #groupGuide = '';
  #inSet = false;

  constructor(sink: IssueSink) {
    this.#sink = sink;
  }

  /** Checks one segment, leaving out the elements in `reported` (a reader reported them). */
  push(seg: Segment, reported: ReadonlySet<number>): void {
    if (seg.id === 'GS') this.#groupGuide = element(seg, 8);
    if (seg.id === 'ST') {
      const set = element(seg, 1);
      const guide = element(seg, 3) || this.#groupGuide;
      this.#inSet =
        set in checkedSets && (checkedSets[set]?.some((g) => guide.includes(g)) ?? true);
    }
    if (this.#inSet || seg.id === 'GS') this.#check(seg, reported);
    if (endsSet(seg.id)) this.#inSet = false;
  }

  #check(seg: Segment, reported: ReadonlySet<number>): void {
    const defs = definitions.get(seg.id);
    if (defs === undefined) return;
    const values = seg.elements;
    const skip = reported.size > 0;
    for (let i = 0; i < defs.length; i += 1) {
      const def = defs[i];
      const n = i + 1;
      if (def === undefined || (skip && reported.has(n))) continue;
      const value = i < values.length ? (values[i] ?? '') : '';
      if (value === '') {
        if (def.required) this.#report(seg, n, undefined, value, missing);
      } else if ('components' in def) this.#checkComposite(seg, n, value, def);
      else this.#report(seg, n, undefined, value, elementProblem(value, def));
    }
  }

  #checkComposite(seg: Segment, n: number, value: string, def: CompositeDef): void {
    const separator = seg.delimiters.component;
    const { components } = def;
    // Components are sliced in turn, without splitting the value into a list first.
    let start = 0; // where component i starts in `value`; -1 past the last one
    for (let i = 0; i < components.length; i += 1) {
      let part = '';
      if (start >= 0) {
        const end = value.indexOf(separator, start);
        part = end < 0 ? value.slice(start) : value.slice(start, end);
        start = end < 0 ? -1 : end + separator.length;
      }
      const component = components[i];
      if (component === undefined) continue;
      const problem =
        part === '' ? (component.required ? missing : undefined) : elementProblem(part, component);
      this.#report(seg, n, i + 1, part, problem);
    }
  }

  #report(
    seg: Segment,
    n: number,
    component: number | undefined,
    value: string,
    problem: Problem | undefined,
  ): void {
    if (problem === undefined) return;
    const name = `${seg.id}${String(n).padStart(2, '0')}${component === undefined ? '' : `-${component}`}`;
    const code =
      problem === missing && component !== undefined ? 'required-component-missing' : problem.code;
    this.#sink(
      issueAt(seg, code, `${name}${value === '' ? '' : ` "${value}"`} ${problem.what}`, {
        element: n,
        ...(component === undefined ? {} : { component }),
        ack: { ik3: '8', ik4: problem.ik4 },
      }),
    );
  }
}
