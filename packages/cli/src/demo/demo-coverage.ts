import type { z } from 'zod';
import { addMonths, isoDate } from '@medbill/core';
import type { IsoDate, coverageInput, personSchema } from '@medbill/core';
import type { DemoPayerKey } from './demo-organization.ts';
import type { SeededRandom } from './seeded-random.ts';

export type DemoCoverageInput = z.input<typeof coverageInput>;
export type DemoPersonInput = z.input<typeof personSchema>;

/** The placeholder a coverage carries for its payer until the loader knows the payer's id. */
export function payerReference(payer: DemoPayerKey): `payer:${DemoPayerKey}` {
  return `payer:${payer}`;
}

// MBI character positions (CMS, "Medicare Beneficiary Identifier format"): letters exclude
// S, L, O, I, B and Z so they cannot be misread as digits.
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const DIGITS = '0123456789';

function chars(random: SeededRandom, alphabet: string, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += alphabet.charAt(random.int(0, alphabet.length - 1));
  return text;
}

/** A Medicare Beneficiary Identifier in the CMS format: C A AN N A AN N A A N N. */
export function demoMbi(random: SeededRandom): string {
  const alnum = `${MBI_LETTERS}${DIGITS}`;
  return [
    chars(random, '123456789', 1),
    chars(random, MBI_LETTERS, 1),
    chars(random, alnum, 1),
    chars(random, DIGITS, 1),
    chars(random, MBI_LETTERS, 1),
    chars(random, alnum, 1),
    chars(random, DIGITS, 1),
    chars(random, MBI_LETTERS, 2),
    chars(random, DIGITS, 2),
  ].join('');
}

/** A commercial member ID (letter and nine digits, as on many employer-plan cards). */
export function demoCommercialId(random: SeededRandom): string {
  return `W${chars(random, '123456789', 1)}${chars(random, DIGITS, 8)}`;
}

/** An Illinois Medicaid recipient identification number (RIN): nine digits. */
export function demoMedicaidId(random: SeededRandom): string {
  return `${chars(random, '123456789', 1)}${chars(random, DIGITS, 8)}`;
}

/**
 * Part B starts on the first day of the month a person turns 65, or the month before when the
 * birthday is on the 1st (SSA counts the age as attained the day before the birthday).
 */
export function medicareStart(dateOfBirth: IsoDate): IsoDate {
  const at65 = addMonths(dateOfBirth, 65 * 12);
  const first = isoDate(`${at65.slice(0, 8)}01`);
  return dateOfBirth.endsWith('-01') ? addMonths(first, -1) : first;
}

/** The later of two dates. */
export function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export interface CoverageSpec {
  readonly payer: DemoPayerKey;
  readonly order: 'primary' | 'secondary';
  readonly memberId: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate;
  readonly groupNumber?: string;
  readonly planName?: string;
  /** The subscriber when the patient is not: relationship 01 spouse or 19 child. */
  readonly subscriber?: { readonly relationship: '01' | '19'; readonly person: DemoPersonInput };
}

/** The coverage as the registration API takes it, its payer still a placeholder. */
export function coverage(spec: CoverageSpec): DemoCoverageInput {
  return {
    payerId: payerReference(spec.payer),
    order: spec.order,
    memberId: spec.memberId,
    ...(spec.groupNumber === undefined ? {} : { groupNumber: spec.groupNumber }),
    ...(spec.planName === undefined ? {} : { planName: spec.planName }),
    relationship: spec.subscriber?.relationship ?? '18',
    ...(spec.subscriber === undefined ? {} : { subscriber: spec.subscriber.person }),
    effectiveFrom: spec.effectiveFrom,
    ...(spec.effectiveTo === undefined ? {} : { effectiveTo: spec.effectiveTo }),
  };
}

/** An employer group number and plan, shared by a household on the same policy. */
export function employerPlan(random: SeededRandom): { groupNumber: string; planName: string } {
  return {
    groupNumber: `0${chars(random, DIGITS, 6)}`,
    planName: random.pick(['Aetna Choice POS II', 'Aetna Open Access Managed Choice', 'Aetna HMO']),
  };
}
