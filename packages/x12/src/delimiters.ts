/**
 * The four X12 delimiters. In 5010 they are declared by the ISA segment itself: the element
 * separator is the character after `ISA`, the repetition separator is ISA11, the component
 * separator ISA16 and the segment terminator the character right after ISA16
 * (ASC X12 control segments, 005010 ISA; HIPAA TR3 Appendix C).
 */
export interface Delimiters {
  readonly element: string;
  /** ISA11 in 5010; `undefined` when ISA11 is not a separator (4010 files carry `U` there). */
  readonly repetition: string | undefined;
  readonly component: string;
  readonly segment: string;
}

/** The delimiters most 5010 files use: `*`, `^`, `:` and `~`. */
export const defaultDelimiters: Delimiters = {
  element: '*',
  repetition: '^',
  component: ':',
  segment: '~',
};

/** Length of a fixed-width ISA segment including its terminator. */
export const isaLength = 106;

/** Offsets of the 16 element separators in a fixed-width ISA. */
const isaSeparatorOffsets = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

function isAlphanumeric(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Result of reading delimiters from the start of an ISA. */
export type IsaDelimiterResult =
  | {
      readonly kind: 'ok';
      readonly delimiters: Delimiters;
      readonly fixedWidth: boolean;
      readonly length: number;
    }
  | { readonly kind: 'need-more' }
  | { readonly kind: 'invalid'; readonly reason: string; readonly ta1: string };

/**
 * Reads the delimiters of an ISA that starts at `start` in `text`.
 *
 * A conforming ISA is exactly 106 characters; when the separators are not where the fixed
 * layout puts them (unpadded ISA02/04/06/08, seen in real files), the 16 element separators
 * are counted instead so that the file can still be read (the envelope check reports the
 * widths). `length` counts the ISA including its terminator.
 */
export function readIsaDelimiters(text: string, start: number, final: boolean): IsaDelimiterResult {
  if (text.length - start < isaLength && !final) return { kind: 'need-more' };
  const element = text.charAt(start + 3);
  if (element === '' || isAlphanumeric(element) || element === ' ') {
    return { kind: 'invalid', reason: 'ISA has no element separator after "ISA"', ta1: '026' };
  }
  let fixed = text.length - start >= isaLength;
  for (const at of isaSeparatorOffsets) {
    if (!fixed) break;
    if (text.charAt(start + at) !== element) fixed = false;
  }
  let componentAt: number;
  if (fixed) {
    componentAt = start + 104;
  } else {
    let seen = 0;
    let i = start + 3;
    const limit = Math.min(text.length, start + 400);
    for (; i < limit && seen < 16; i += 1) if (text.charAt(i) === element) seen += 1;
    if (seen < 16 || i + 1 >= text.length) {
      return final || text.length - start >= 400
        ? { kind: 'invalid', reason: 'ISA does not have 16 elements', ta1: '022' }
        : { kind: 'need-more' };
    }
    componentAt = i;
  }
  const component = text.charAt(componentAt);
  const segment = text.charAt(componentAt + 1);
  const isa11 = fixed ? text.charAt(start + 82) : isa11Of(text, start, element);
  // ISA11 is only a separator when it is a special character distinct from the others
  // (4010 files carry `U`; some files repeat ISA16 there).
  const repetition =
    isa11 !== '' &&
    !isAlphanumeric(isa11) &&
    isa11 !== ' ' &&
    isa11 !== component &&
    isa11 !== element &&
    isa11 !== segment
      ? isa11
      : undefined;
  const delimiters: Delimiters = { element, repetition, component, segment };
  const problem = delimiterProblem(delimiters);
  if (problem !== undefined) return { kind: 'invalid', reason: problem.reason, ta1: problem.ta1 };
  return { kind: 'ok', delimiters, fixedWidth: fixed, length: componentAt + 2 - start };
}

function isa11Of(text: string, start: number, element: string): string {
  let seen = 0;
  for (let i = start + 3; i < text.length; i += 1) {
    if (text.charAt(i) !== element) continue;
    seen += 1;
    if (seen === 11) return text.charAt(i + 1);
  }
  return '';
}

/** Why a delimiter set cannot work (alphanumeric, space or duplicate), with its TA1 code. */
export function delimiterProblem(d: Delimiters): { reason: string; ta1: string } | undefined {
  if (d.segment === '' || isAlphanumeric(d.segment) || d.segment === ' ') {
    return {
      reason: `segment terminator ${JSON.stringify(d.segment)} is not a delimiter`,
      ta1: '004',
    };
  }
  if (d.component === '' || isAlphanumeric(d.component) || d.component === ' ') {
    return {
      reason: `component separator ${JSON.stringify(d.component)} is not a delimiter`,
      ta1: '027',
    };
  }
  const all = [
    d.element,
    d.component,
    d.segment,
    ...(d.repetition === undefined ? [] : [d.repetition]),
  ];
  if (new Set(all).size !== all.length)
    return { reason: 'two delimiters are the same character', ta1: '026' };
  return undefined;
}

/**
 * Guesses delimiters for a bare transaction set or group (text starting `ST` or `GS`, no ISA):
 * the element separator follows the segment ID and the terminator is the first character after
 * it that is neither alphanumeric, a space nor the element separator. Component and repetition
 * separators cannot be known and default to `:` and none.
 */
export function inferBareDelimiters(text: string, start: number): Delimiters | undefined {
  const element = text.charAt(start + 2);
  if (element === '' || isAlphanumeric(element) || element === ' ') return undefined;
  for (let i = start + 3; i < text.length && i < start + 200; i += 1) {
    const ch = text.charAt(i);
    if (ch !== element && ch !== ' ' && !isAlphanumeric(ch) && ch !== '\r' && ch !== '\n') {
      const d: Delimiters = {
        element,
        repetition: undefined,
        component: ch === ':' ? '>' : ':',
        segment: ch,
      };
      return d;
    }
    if (ch === '\n' || ch === '\r')
      return { element, repetition: undefined, component: ':', segment: ch };
  }
  return undefined;
}
