import { addMonths, ageInYears } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import { coverage } from './demo-coverage.ts';
import type { DemoCoverageInput } from './demo-coverage.ts';
import { householdTools } from './demo-household-tools.ts';
import type { DemoPatientInput, DemoRegistrationInput, Member } from './demo-household-tools.ts';
import { HOUSEHOLD_CYCLE, household } from './demo-households.ts';
import { nameSource } from './demo-names.ts';
import type { DemoPayerKey, DemoRenderingProvider } from './demo-organization.ts';
import { problemList, residentProblemList } from './demo-problem-lists.ts';
import type { ProblemKey } from './demo-problems.ts';
import type { SeededRandom } from './seeded-random.ts';

export type { DemoRegistrationInput } from './demo-household-tools.ts';

/** A demo patient: the registration body plus what the visit generator needs to know. */
export interface DemoPatientProfile {
  readonly key: string;
  readonly person: DemoPatientInput;
  readonly primaryPayer: DemoPayerKey | undefined;
  readonly problems: readonly ProblemKey[];
  readonly pcp: DemoRenderingProvider;
  /** Long-term resident of the nursing facility: seen there, never in the office. */
  readonly resident: boolean;
  /** First visit in the demo period is a new-patient visit. */
  readonly newToPractice: boolean;
  readonly visitWeight: number;
  readonly registration: DemoRegistrationInput;
}

/** Builds `count` patients in households that share names, addresses and policies. */
export function buildPatients(
  random: SeededRandom,
  count: number,
  lastServiceDate: IsoDate,
): DemoPatientProfile[] {
  const tools = householdTools(
    random,
    nameSource(random),
    lastServiceDate,
    addMonths(lastServiceDate, -4),
  );
  const patients: DemoPatientProfile[] = [];
  for (let h = 0; patients.length < count; h += 1) {
    const kind = HOUSEHOLD_CYCLE[h % HOUSEHOLD_CYCLE.length] ?? 'adult';
    for (const member of household(tools, kind)) {
      if (patients.length >= count) break;
      patients.push(profile(random, member, patients.length + 1, lastServiceDate));
    }
  }
  return patients;
}

function profile(
  random: SeededRandom,
  member: Member,
  serial: number,
  lastServiceDate: IsoDate,
): DemoPatientProfile {
  const { person } = member;
  const age = ageInYears(person.dateOfBirth, lastServiceDate);
  const resident = member.resident === true;
  const problems = resident ? residentProblemList(random) : problemList(random, age, person.sex);
  const pcp: DemoRenderingProvider = resident
    ? 'dr-brennan'
    : member.cohort === 'child'
      ? random.weighted([
          ['dr-hassan', 7],
          ['dr-okafor', 3],
        ] as const)
      : member.cohort === 'senior'
        ? random.weighted([
            ['dr-brennan', 4],
            ['dr-okafor', 4],
            ['np-lindqvist', 2],
          ] as const)
        : random.weighted([
            ['dr-okafor', 4],
            ['np-lindqvist', 3],
            ['dr-brennan', 2],
            ['pa-alvarez', 1],
          ] as const);
  const base = resident
    ? 2.5
    : member.cohort === 'senior'
      ? 1.5
      : member.cohort === 'child'
        ? 1.2
        : 1;
  return {
    key: `patient-${String(serial).padStart(3, '0')}`,
    person,
    primaryPayer: member.coverages.find((c) => c.order === 'primary' && c.effectiveTo === undefined)
      ?.payer,
    problems,
    pcp,
    resident,
    newToPractice: !resident && random.chance(0.12),
    visitWeight: resident ? base : Math.min(3.5, base + problems.length * 0.5),
    registration: {
      patient: person,
      guarantor: member.guarantor ?? { relationship: 'self' },
      coverages: member.coverages.map((spec): DemoCoverageInput => coverage(spec)),
    },
  };
}
