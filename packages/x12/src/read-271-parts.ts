import type { Contact, QualifiedDate, QualifiedReference, Rejection } from './eligibility.ts';
import { benefitInfoCodes, followUpActionList } from './eligibility-codes.ts';
import type { ElementReader } from './element-reader.ts';
import { locate } from './guided-set-reader.ts';
import type { Benefit } from './eligibility.ts';
import { readProcedure } from './read-835-parts.ts';
import { readServiceDate } from './read-277ca-parts.ts';
import { repetitions, type Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
export type BenefitDraft = Draft<Benefit> & {
  references: QualifiedReference[];
  dates: QualifiedDate[];
  messages: string[];
  rejections: Rejection[];
  relatedEntities: Benefit['relatedEntities'][number][];
};

const benefitCodes = Object.keys(benefitInfoCodes);
const indicators = ['Y', 'N', 'U'] as const;
const networkIndicators = ['Y', 'N', 'U', 'W'] as const;

/** EB08 percent as a fraction (`.2`, `0.25`) to a percentage, by moving the decimal point. */
function percentOf(text: string): number {
  const [whole = '', fraction = ''] = text.split('.');
  return Number(`${whole}${fraction.padEnd(2, '0').slice(0, 2)}.${fraction.slice(2)}`);
}

/**
 * EB03 service types. EB03 is a simple element, so when ISA11 declared no repetition separator
 * distinct from ISA16 (the oopfactory 271 samples give `^` for both) the component separator
 * can only be meant as the repetition.
 */
function serviceTypesOf(seg: Segment): string[] {
  const { repetition, component } = seg.delimiters;
  const raw = seg.elements[2] ?? '';
  if (repetition === undefined) return raw === '' ? [] : raw.split(component);
  return repetitions(seg, 3);
}

/** EB (005010X279A1 2110C/D): the benefit, its codes checked where the lists are complete. */
export function readEb(seg: Segment, r: ElementReader): BenefitDraft {
  const b: BenefitDraft = {
    code: r.code(seg, 1, benefitCodes, true) ?? r.text(seg, 1),
    serviceTypes: serviceTypesOf(seg),
    references: [],
    dates: [],
    messages: [],
    rejections: [],
    relatedEntities: [],
    at: locate(seg),
  };
  const text = (n: number) => r.text(seg, n);
  const coverageLevel = text(2);
  const insuranceType = text(4);
  const planDescription = text(5);
  const timePeriod = text(6);
  if (coverageLevel !== '') b.coverageLevel = coverageLevel;
  if (insuranceType !== '') b.insuranceType = insuranceType;
  if (planDescription !== '') b.planDescription = planDescription;
  if (timePeriod !== '') b.timePeriod = timePeriod;
  const amount = r.cents(seg, 7);
  if (amount !== undefined) b.amount = amount;
  if (r.decimal(seg, 8) !== undefined) b.percent = percentOf(text(8));
  const quantity = r.decimal(seg, 10);
  if (quantity !== undefined) b.quantity = { qualifier: text(9), value: quantity };
  const authorization = r.code(seg, 11, indicators);
  if (authorization !== undefined) b.authorizationRequired = authorization;
  const network = r.code(seg, 12, networkIndicators);
  if (network !== undefined) b.inPlanNetwork = network;
  const procedure = readProcedure(seg, 13);
  if (procedure !== undefined) b.procedure = procedure;
  return b;
}

/** AAA request validation: AAA01 Y/N, AAA03 reason, AAA04 follow-up action. */
export function readAaa(seg: Segment, r: ElementReader): Rejection {
  const valid = r.code(seg, 1, ['Y', 'N'], true);
  const followUp = r.code(seg, 4, followUpActionList) ?? '';
  return {
    validRequest: valid === 'Y',
    reason: r.text(seg, 3, true),
    ...(followUp === '' ? {} : { followUp }),
    at: locate(seg),
  };
}

/** DTP with its qualifier, `undefined` when the date is missing or bad (reported). */
export function readQualifiedDate(seg: Segment, r: ElementReader): QualifiedDate | undefined {
  const period = readServiceDate(seg, r);
  return period === undefined ? undefined : { qualifier: r.text(seg, 1, true), period };
}

/** REF qualifier, identifier and optional description. */
export function readReference(seg: Segment, r: ElementReader): QualifiedReference {
  const description = r.text(seg, 3);
  return {
    qualifier: r.text(seg, 1, true),
    value: r.text(seg, 2, true),
    ...(description === '' ? {} : { description }),
  };
}

/** PER: PER02 name and up to three qualifier/number pairs (PER03..PER08). */
export function readContact(seg: Segment): Contact {
  const name = seg.elements[1] ?? '';
  const numbers = [3, 5, 7].flatMap((n) => {
    const qualifier = seg.elements[n - 1] ?? '';
    const value = seg.elements[n] ?? '';
    return qualifier === '' || value === '' ? [] : [{ qualifier, value }];
  });
  return { ...(name === '' ? {} : { name }), numbers };
}
