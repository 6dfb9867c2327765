import type { z } from 'zod';
import { addDays, addMonths, ageInYears, formatUsDate } from '@medbill/core';
import type { IsoDate, encounterInput } from '@medbill/core';
import { clinicDaysBetween } from './demo-calendar.ts';
import { DEMO_PROVIDERS } from './demo-organization.ts';
import type { DemoRenderingProvider } from './demo-organization.ts';
import type { DemoPatientProfile } from './demo-people.ts';
import type { Scenario, VisitContext, VisitDraft, VisitFlag } from './demo-visit.ts';
import { ACUTE_SCENARIOS } from './demo-visits-acute.ts';
import {
  bloodPressureCheck,
  chronicFollowUp,
  nursingFacilityVisit,
  transitionalCare,
} from './demo-visits-chronic.ts';
import {
  adultPhysical,
  annualWellnessVisit,
  fluShot,
  wellChild,
} from './demo-visits-preventive.ts';
import {
  backPain,
  cerumenRemoval,
  contactDermatitis,
  kneeInjection,
  skinBiopsy,
  wartDestruction,
} from './demo-visits-procedures.ts';
import type { SeededRandom } from './seeded-random.ts';

export type DemoEncounterInput = z.input<typeof encounterInput>;

/** Every kind of visit the demo generates; each decides for itself whom and when it fits. */
export const SCENARIOS: readonly Scenario[] = [
  chronicFollowUp,
  bloodPressureCheck,
  transitionalCare,
  nursingFacilityVisit,
  wellChild,
  adultPhysical,
  annualWellnessVisit,
  fluShot,
  kneeInjection,
  cerumenRemoval,
  wartDestruction,
  skinBiopsy,
  backPain,
  contactDermatitis,
  ...ACUTE_SCENARIOS,
];

/** The first day of the demo period: four months before the last date of service. */
export function demoPeriodStart(lastServiceDate: IsoDate): IsoDate {
  return addDays(addMonths(lastServiceDate, -4), 1);
}

/**
 * Spreads `total` encounters over the patients (everyone at least once while there are enough,
 * the rest by how often such a patient comes in) and over the weekdays of the demo period,
 * at most one visit per patient per day; returns each patient's encounters in date order.
 *
 * @throws RangeError when there are more encounters than patient-weekdays to hold them.
 */
export function scheduleEncounters(
  random: SeededRandom,
  patients: readonly DemoPatientProfile[],
  total: number,
  lastServiceDate: IsoDate,
): DemoEncounterInput[][] {
  const days = clinicDaysBetween(demoPeriodStart(lastServiceDate), lastServiceDate);
  if (total > patients.length * days.length) {
    throw new RangeError(
      `${total} encounters do not fit ${patients.length} patients over ${days.length} weekdays`,
    );
  }
  // A busy patient comes in every other week at most, unless the counts asked for need more.
  const cap = total <= patients.length * 8 ? Math.min(8, days.length) : days.length;
  const counts = patients.map(() => 0);
  for (const index of random.shuffle(patients.map((_, i) => i)).slice(0, total)) counts[index] = 1;
  for (let placed = Math.min(total, patients.length); placed < total; placed += 1) {
    const open = patients.flatMap((p, i) =>
      (counts[i] ?? 0) < cap ? [[i, p.visitWeight] as const] : [],
    );
    const index = random.weighted(open);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return patients.map((patient, index) => {
    const dates = random
      .shuffle(days)
      .slice(0, counts[index] ?? 0)
      .sort();
    const done = new Set<VisitFlag>();
    return dates.map((date, visit) => {
      const ctx: VisitContext = {
        patient,
        date,
        age: ageInYears(patient.person.dateOfBirth, date),
        newPatient: patient.newToPractice && visit === 0,
        random,
        done,
      };
      const scenario = chooseScenario(ctx);
      const draft = scenario.build(ctx);
      for (const flag of draft.flags ?? []) done.add(flag);
      return encounter(ctx, draft, providerFor(ctx, scenario));
    });
  });
}

function chooseScenario(ctx: VisitContext): Scenario {
  const fits = SCENARIOS.flatMap((s) => {
    const weight = s.weight(ctx);
    return weight > 0 ? [[s, weight] as const] : [];
  });
  // Every patient fits something (an upper respiratory infection fits anyone not in a facility).
  return ctx.random.weighted(fits);
}

function providerFor(ctx: VisitContext, scenario: Scenario): DemoRenderingProvider {
  const { patient, random } = ctx;
  switch (scenario.staffing) {
    case 'pcp':
      return patient.pcp;
    case 'nursing-facility':
      return 'dr-brennan';
    case 'acute':
      return ctx.age < 18
        ? random.weighted([
            [patient.pcp, 2],
            ['np-lindqvist', 1],
            ['pa-alvarez', ctx.age >= 2 ? 1 : 0],
          ] as const)
        : random.weighted([
            [patient.pcp, 1],
            ['np-lindqvist', 1],
            ['pa-alvarez', 1.5],
          ] as const);
  }
}

function encounter(
  ctx: VisitContext,
  draft: VisitDraft,
  provider: DemoRenderingProvider,
): DemoEncounterInput {
  const signature = DEMO_PROVIDERS.find((p) => p.key === provider)?.signature ?? provider;
  return {
    patientId: '',
    practiceId: 'practice',
    renderingProviderId: `provider:${provider}`,
    ...(draft.referring === undefined
      ? {}
      : { referringProviderId: `provider:${draft.referring}` }),
    ...(draft.facility === undefined ? {} : { facilityId: `facility:${draft.facility}` }),
    placeOfService: draft.placeOfService,
    serviceDateFrom: ctx.date,
    documentation: [
      ...draft.note,
      `Electronically signed by ${signature} on ${formatUsDate(ctx.date)}.`,
    ].join('\n'),
    diagnoses: [...draft.diagnoses],
    lines: draft.lines.map((line) => ({
      procedureCode: line.code,
      ...(line.modifiers === undefined || line.modifiers.length === 0
        ? {}
        : { modifiers: [...line.modifiers] }),
      ...(line.units === undefined ? {} : { units: line.units }),
      diagnosisPointers: [...line.pointers],
      ...(line.charge === undefined ? {} : { charge: line.charge }),
    })),
  };
}
