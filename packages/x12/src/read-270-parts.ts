import type { BenefitInquiry, ProviderRole } from './eligibility-inquiry.ts';
import type { Trace } from './eligibility.ts';
import type { ElementReader } from './element-reader.ts';
import { locate } from './guided-set-reader.ts';
import { readProcedure } from './read-835-parts.ts';
import { components, element, repetitions, type Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
/** An EQ while the AMT, III, REF and DTP of its 2110 loop are read. */
export type BenefitInquiryDraft = Draft<BenefitInquiry> & {
  diagnosisPointers: number[];
  amounts: BenefitInquiry['amounts'][number][];
  references: BenefitInquiry['references'][number][];
  dates: BenefitInquiry['dates'][number][];
};

/** EQ03 coverage level codes of 005010X279A1. */
const coverageLevels = ['CHD', 'DEP', 'ECH', 'EMP', 'ESP', 'FAM', 'IND', 'SPC', 'SPO'] as const;

/**
 * EQ (005010X279A1 2110C/D): EQ01 service types (repeating), EQ02 procedure, EQ03 coverage
 * level, EQ05 diagnosis pointers. EQ01 or EQ02 is required (TR3 syntax note: one of them).
 */
export function readEq(seg: Segment, r: ElementReader): BenefitInquiryDraft {
  const procedure = readProcedure(seg, 2);
  const coverageLevel = r.code(seg, 3, coverageLevels);
  const inquiry: BenefitInquiryDraft = {
    serviceTypes: repetitions(seg, 1),
    ...(procedure === undefined ? {} : { procedure }),
    ...(coverageLevel === undefined ? {} : { coverageLevel }),
    diagnosisPointers: [],
    amounts: [],
    references: [],
    dates: [],
    at: locate(seg),
  };
  if (inquiry.serviceTypes.length === 0 && procedure === undefined)
    r.report(seg, 'required-element-missing', 'EQ01 or EQ02 is required', 1, {
      ik3: '8',
      ik4: '1',
    });
  components(seg, 5).forEach((p, i) => {
    if (/^[1-8]$/.test(p)) inquiry.diagnosisPointers.push(Number(p));
    else if (p !== '')
      r.report(seg, 'invalid-diagnosis-pointer', `EQ05-${i + 1} "${p}" is not a pointer 1-8`, 5);
  });
  return inquiry;
}

/** AMT (2110C/D): R8 spend-down, PB spend-down total billed; the amount in cents. */
export function readInquiryAmount(seg: Segment, r: ElementReader, into: BenefitInquiryDraft): void {
  const qualifier = r.code(seg, 1, ['R8', 'PB'], true);
  const amount = r.cents(seg, 2, true);
  if (qualifier !== undefined && amount !== undefined) into.amounts.push({ qualifier, amount });
}

/** TRN*1 (2000C/D): trace number and originator (both checked by the 270 element rules). */
export function readTrace(seg: Segment): Trace {
  const originator = element(seg, 3);
  return {
    type: element(seg, 1),
    number: element(seg, 2),
    ...(originator === '' ? {} : { originator }),
  };
}

/** PRV: provider code and PXC taxonomy. */
export function readProviderRole(seg: Segment, r: ElementReader): ProviderRole {
  r.code(seg, 2, ['PXC'], true);
  return { code: r.text(seg, 1, true), taxonomy: r.text(seg, 3, true) };
}
