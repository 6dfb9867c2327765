import { addDays, addMonths } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import { demoCommercialId, demoMedicaidId, employerPlan, later } from './demo-coverage.ts';
import type { CoverageSpec } from './demo-coverage.ts';
import { asSubscriber, parentOf } from './demo-household-tools.ts';
import type { HouseholdTools, Member } from './demo-household-tools.ts';
import type { Sex } from './demo-names.ts';
import type { DemoPayerKey } from './demo-organization.ts';

export type HouseholdKind =
  'family' | 'medicaid-family' | 'senior' | 'senior-couple' | 'adult' | 'resident';

/**
 * A repeating mix that gives a family practice's payer mix: about 40% Medicare, a third
 * commercial, a fifth Medicaid, a few self-pay.
 */
// prettier-ignore
export const HOUSEHOLD_CYCLE: readonly HouseholdKind[] = [
  'family', 'senior', 'adult', 'senior-couple', 'resident', 'medicaid-family', 'senior', 'adult',
  'family', 'senior-couple', 'family', 'senior', 'medicaid-family', 'resident', 'senior-couple', 'adult',
];

const NURSING_FACILITY = {
  address: { line1: '2415 Wabash Ave', city: 'Springfield', state: 'IL', zip: '62704-5337' },
  phone: '217-555-0150',
};

/** The members of one household of the kind, subscriber (or parent) first. */
export function household(tools: HouseholdTools, kind: HouseholdKind): Member[] {
  switch (kind) {
    case 'family':
      return employerFamily(tools);
    case 'medicaid-family':
      return medicaidFamily(tools);
    case 'senior': {
      const { random, names } = tools;
      const sex: Sex = random.chance(0.6) ? 'F' : 'M';
      return [
        tools.senior(names.lastName(), sex, random.int(66, 92), tools.home(), secondary(tools)),
      ];
    }
    case 'senior-couple': {
      const { random } = tools;
      const lastName = tools.names.lastName();
      const home = tools.home();
      const age = random.int(66, 86);
      const plan = secondary(tools);
      return [
        tools.senior(lastName, 'M', age, home, plan),
        tools.senior(lastName, 'F', Math.max(66, age + random.int(-5, 3)), home, plan),
      ];
    }
    case 'adult':
      return [singleAdult(tools)];
    case 'resident':
      return [resident(tools)];
  }
}

function secondary(tools: HouseholdTools): DemoPayerKey | undefined {
  return tools.random.weighted([
    ['commercial', 35],
    ['medicaid', 15],
    [undefined, 50],
  ] as const);
}

/** An employee's plan covering the spouse (relationship 01) and children (19). */
function employerFamily(tools: HouseholdTools): Member[] {
  const { random } = tools;
  const lastName = tools.names.lastName();
  const home = tools.home();
  const age = random.int(28, 52);
  const sex: Sex = random.chance(0.5) ? 'F' : 'M';
  const subscriber = tools.person(lastName, sex, 'adult', age, home);
  const plan = employerPlan(random);
  const planStart = tools.yearsBack(1, 6);
  const memberId = demoCommercialId(random);
  const spec = (dob: IsoDate, subscriberOf?: CoverageSpec['subscriber']): CoverageSpec => ({
    payer: 'commercial',
    order: 'primary',
    memberId,
    ...plan,
    effectiveFrom: later(planStart, dob),
    ...(subscriberOf === undefined ? {} : { subscriber: subscriberOf }),
  });
  const members: Member[] = [
    { person: subscriber, cohort: 'adult', coverages: [spec(subscriber.dateOfBirth)] },
  ];
  if (random.chance(0.75)) {
    const spouseAge = Math.max(24, age + random.int(-4, 4));
    const spouse = tools.person(lastName, sex === 'F' ? 'M' : 'F', 'adult', spouseAge, home);
    const of = { relationship: '01' as const, person: asSubscriber(subscriber) };
    members.push({ person: spouse, cohort: 'adult', coverages: [spec(spouse.dateOfBirth, of)] });
  }
  for (const child of tools.children(lastName, age, home, 3)) {
    const of = { relationship: '19' as const, person: asSubscriber(subscriber) };
    members.push({
      person: child,
      cohort: 'child',
      coverages: [spec(child.dateOfBirth, of)],
      guarantor: parentOf(subscriber),
    });
  }
  return members;
}

/** A parent and children, each enrolled in Medicaid in their own name (children: All Kids). */
function medicaidFamily(tools: HouseholdTools): Member[] {
  const { random } = tools;
  const lastName = tools.names.lastName();
  const home = tools.home();
  const age = random.int(21, 40);
  const parent = tools.person(lastName, random.chance(0.8) ? 'F' : 'M', 'adult', age, home);
  const medicaid = (dob: IsoDate, planName: string): CoverageSpec[] => [
    {
      payer: 'medicaid',
      order: 'primary',
      memberId: demoMedicaidId(random),
      planName,
      effectiveFrom: tools.medicaidFrom(dob),
    },
  ];
  return [
    {
      person: parent,
      cohort: 'adult',
      coverages: medicaid(parent.dateOfBirth, 'Illinois Medicaid'),
    },
    ...tools.children(lastName, age, home, 2).map((child): Member => ({
      person: child,
      cohort: 'child',
      coverages: medicaid(child.dateOfBirth, 'All Kids'),
      guarantor: parentOf(parent),
    })),
  ];
}

/** A working-age adult: employer plan, Medicaid, or self-pay. */
function singleAdult(tools: HouseholdTools): Member {
  const { random } = tools;
  const lastName = tools.names.lastName();
  const sex: Sex = random.chance(0.5) ? 'F' : 'M';
  const person = tools.person(lastName, sex, 'adult', random.int(19, 64), tools.home());
  const payer = random.weighted([
    ['commercial', 65],
    ['medicaid', 25],
    [undefined, 10],
  ] as const);
  if (payer === undefined) return { person, cohort: 'adult', coverages: [] };
  const medicaid = (effectiveFrom: IsoDate, effectiveTo?: IsoDate): CoverageSpec => ({
    payer: 'medicaid',
    order: 'primary',
    memberId: demoMedicaidId(random),
    planName: 'Illinois Medicaid',
    effectiveFrom,
    ...(effectiveTo === undefined ? {} : { effectiveTo }),
  });
  if (payer === 'medicaid') {
    return {
      person,
      cohort: 'adult',
      coverages: [medicaid(tools.medicaidFrom(person.dateOfBirth))],
    };
  }
  // Some left Medicaid for an employer plan at the turn of a year: the ended coverage stays on file.
  const start = tools.yearsBack(1, 4);
  const earlier = random.chance(0.2)
    ? [medicaid(addMonths(start, -12 * random.int(1, 3)), addDays(start, -1))]
    : [];
  const current: CoverageSpec = {
    payer: 'commercial',
    order: 'primary',
    memberId: demoCommercialId(random),
    ...employerPlan(random),
    effectiveFrom: start,
  };
  return { person, cohort: 'adult', coverages: [...earlier, current] };
}

/** A long-term nursing facility resident (Medicare and Medicaid); a son or daughter pays. */
function resident(tools: HouseholdTools): Member {
  const { random, names } = tools;
  const lastName = names.lastName();
  const sex: Sex = random.chance(0.7) ? 'F' : 'M';
  const member = tools.senior(lastName, sex, random.int(80, 92), NURSING_FACILITY, 'medicaid');
  const child = tools.home();
  return {
    ...member,
    resident: true,
    guarantor: {
      relationship: 'other',
      lastName,
      firstName: names.firstName(random.chance(0.5) ? 'F' : 'M', 'adult'),
      address: child.address,
      phone: child.phone,
    },
  };
}
