import type { z } from 'zod';
import { addDays, addMonths, isoDate } from '@medbill/core';
import type { IsoDate, patientInput, registrationInput } from '@medbill/core';
import {
  demoCommercialId,
  demoMbi,
  demoMedicaidId,
  later,
  medicareStart,
} from './demo-coverage.ts';
import type { CoverageSpec, DemoPersonInput } from './demo-coverage.ts';
import type { Cohort, DemoAddress, NameSource, Sex } from './demo-names.ts';
import type { DemoPayerKey } from './demo-organization.ts';
import type { SeededRandom } from './seeded-random.ts';

export type DemoRegistrationInput = z.input<typeof registrationInput>;
export type DemoGuarantorInput = NonNullable<DemoRegistrationInput['guarantor']>;
export type DemoPatientInput = z.input<typeof patientInput> & {
  readonly dateOfBirth: IsoDate;
  readonly sex: Sex;
};

/** One person of a household, before becoming a patient profile. */
export interface Member {
  readonly person: DemoPatientInput;
  readonly cohort: Cohort;
  readonly coverages: CoverageSpec[];
  readonly guarantor?: DemoGuarantorInput;
  readonly resident?: boolean;
}

export interface Home {
  readonly address: DemoAddress;
  readonly phone: string;
}

/** What every household builder needs: names, dates of birth and coverage start dates. */
export interface HouseholdTools {
  readonly random: SeededRandom;
  readonly names: NameSource;
  home(): Home;
  person(lastName: string, sex: Sex, cohort: Cohort, age: number, home: Home): DemoPatientInput;
  /** January 1 of a year `min`–`max` years before the last date of service. */
  yearsBack(min: number, max: number): IsoDate;
  /** A Medicaid start date months to years before the demo period, never before birth. */
  medicaidFrom(dateOfBirth: IsoDate): IsoDate;
  /** Children of a parent of that age, 1 to `max` of them. */
  children(lastName: string, parentAge: number, home: Home, max: number): DemoPatientInput[];
  /** A senior on Medicare Part B, with a supplement or Medicaid as secondary if given. */
  senior(lastName: string, sex: Sex, age: number, home: Home, secondary?: DemoPayerKey): Member;
}

export function householdTools(
  random: SeededRandom,
  names: NameSource,
  last: IsoDate,
  periodStart: IsoDate,
): HouseholdTools {
  const person: HouseholdTools['person'] = (lastName, sex, cohort, age, home) => {
    const firstName = names.firstName(sex, cohort);
    const middle = cohort === 'child' ? undefined : names.middleInitial();
    const email =
      cohort === 'adult' && random.chance(0.5)
        ? `${firstName}.${lastName}@example.com`.toLowerCase()
        : undefined;
    return {
      lastName,
      firstName,
      ...(middle === undefined ? {} : { middleName: middle }),
      dateOfBirth: addDays(addMonths(last, -12 * age), -random.int(0, 364)),
      sex,
      address: home.address,
      phone: home.phone,
      ...(email === undefined ? {} : { email }),
    };
  };
  const medicaidFrom = (dob: IsoDate): IsoDate =>
    later(addDays(periodStart, -random.int(120, 2200)), dob);
  return {
    random,
    names,
    home: () => ({ address: names.address(), phone: names.phone() }),
    person,
    yearsBack: (min, max) => isoDate(`${Number(last.slice(0, 4)) - random.int(min, max)}-01-01`),
    medicaidFrom,
    children: (lastName, parentAge, home, max) =>
      Array.from({ length: random.int(1, max) }, () => {
        const sex: Sex = random.chance(0.5) ? 'F' : 'M';
        return person(lastName, sex, 'child', random.int(1, Math.min(17, parentAge - 19)), home);
      }),
    senior(lastName, sex, age, home, secondary) {
      const p = person(lastName, sex, 'senior', age, home);
      const partB = medicareStart(p.dateOfBirth);
      const specs: CoverageSpec[] = [
        { payer: 'medicare', order: 'primary', memberId: demoMbi(random), effectiveFrom: partB },
      ];
      if (secondary === 'commercial') {
        specs.push({
          payer: 'commercial',
          order: 'secondary',
          memberId: demoCommercialId(random),
          planName: 'Aetna Medicare Supplement Plan G',
          effectiveFrom: partB,
        });
      } else if (secondary === 'medicaid') {
        specs.push({
          payer: 'medicaid',
          order: 'secondary',
          memberId: demoMedicaidId(random),
          planName: 'Illinois Medicaid (QMB)',
          effectiveFrom: medicaidFrom(p.dateOfBirth),
        });
      }
      return { person: p, cohort: 'senior', coverages: specs };
    },
  };
}

/** The subscriber as 837 loop 2010BA names them: demographics only, no e-mail. */
export function asSubscriber({ email: _email, ...rest }: DemoPatientInput): DemoPersonInput {
  return rest;
}

/** A parent as the guarantor of a child's account. */
export function parentOf(parent: DemoPatientInput): DemoGuarantorInput {
  return {
    relationship: 'parent',
    lastName: parent.lastName,
    firstName: parent.firstName,
    dateOfBirth: parent.dateOfBirth,
    address: parent.address,
    ...(parent.phone === undefined ? {} : { phone: parent.phone }),
  };
}
