import type { IsoDate } from '@medbill/core';
import type { DemoFacilityKey, DemoReferringProvider } from './demo-organization.ts';
import type { DemoPatientProfile } from './demo-people.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Services that happen at most once per patient in the demo period. */
export type VisitFlag =
  'preventive' | 'awv' | 'flu' | 'tcm' | 'knee-injection' | 'biopsy' | 'wart' | 'nf-acute';

export interface VisitContext {
  readonly patient: DemoPatientProfile;
  readonly date: IsoDate;
  /** Age in whole years on the date of service. */
  readonly age: number;
  /** The first visit of a patient who is new to the practice: new-patient E/M codes apply. */
  readonly newPatient: boolean;
  readonly random: SeededRandom;
  readonly done: ReadonlySet<VisitFlag>;
}

export interface LineDraft {
  readonly code: string;
  readonly modifiers?: readonly string[];
  readonly units?: number;
  /** 1-based positions in the visit's diagnoses. */
  readonly pointers: readonly number[];
  /** Only where the fee schedule must not price the line. */
  readonly charge?: string;
}

export interface VisitDraft {
  readonly placeOfService: '02' | '10' | '11' | '32';
  readonly facility?: DemoFacilityKey;
  readonly referring?: DemoReferringProvider;
  readonly diagnoses: readonly string[];
  readonly lines: readonly LineDraft[];
  /** The note without its signature line. */
  readonly note: readonly string[];
  readonly flags?: readonly VisitFlag[];
}

/** Who sees the patient: their own clinician, whoever has an acute slot, or NF rounds. */
export type Staffing = 'pcp' | 'acute' | 'nursing-facility';

export interface Scenario {
  readonly id: string;
  readonly staffing: Staffing;
  /** Relative chance of this visit for this patient on this date; 0 when it does not fit. */
  weight(ctx: VisitContext): number;
  build(ctx: VisitContext): VisitDraft;
}

export const isMedicare = (ctx: VisitContext): boolean => ctx.patient.primaryPayer === 'medicare';
export const isMedicaid = (ctx: VisitContext): boolean => ctx.patient.primaryPayer === 'medicaid';

/** Office or outpatient E/M by MDM level 2–5: 99202–99205 new, 99212–99215 established. */
export function emCode(ctx: VisitContext, level: 2 | 3 | 4 | 5): string {
  return ctx.newPatient ? `9920${level}` : `9921${level}`;
}

/**
 * The MDM statement that supports each E/M level (AMA 2021 office E/M guidelines: two of
 * problems, data and risk decide the level).
 */
export const MDM = {
  minimal: 'MDM: straightforward (1 self-limited problem; over-the-counter care).',
  acute: 'MDM: low (1 acute uncomplicated illness or injury; limited data).',
  stable: 'MDM: low (1 stable chronic illness).',
  workup: 'MDM: low (new problem; 2 tests ordered; low risk).',
  chronic: 'MDM: moderate (2 or more stable chronic illnesses; prescription drug management).',
  progressing: 'MDM: moderate (chronic illness with progression; prescription drug management).',
  systemic: 'MDM: moderate (acute illness with systemic symptoms; prescription drug management).',
  exacerbation: 'MDM: moderate (chronic illness with exacerbation; prescription drug management).',
  undiagnosed:
    'MDM: moderate (undiagnosed new problem with uncertain prognosis; ED records and troponins reviewed, stress test ordered).',
  hospitalized:
    'MDM: moderate (illness that required hospitalization, now improving; prescription drug management).',
  high: 'MDM: high (chronic illness with severe exacerbation requiring hospitalization; drug therapy requiring intensive monitoring for toxicity).',
} as const;

export type MdmKind = keyof typeof MDM;

/** The text with its first letter in upper case, to start a sentence. */
export function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "1. First. 2. Second." */
export function numbered(items: readonly string[]): string {
  return items.map((item, index) => `${index + 1}. ${item}.`).join(' ');
}

/** A small number fixed for a patient (0 to modulo - 1), so a room or a build stays the same. */
export function patientConstant(ctx: VisitContext, modulo: number): number {
  let hash = 7;
  for (const char of ctx.patient.key) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash % modulo;
}

/** "68-year-old woman", "7-year-old boy". */
export function who(ctx: VisitContext): string {
  const { sex } = ctx.patient.person;
  const noun = ctx.age < 18 ? (sex === 'F' ? 'girl' : 'boy') : sex === 'F' ? 'woman' : 'man';
  return `${ctx.age}-year-old ${noun}`;
}

function weightPounds(ctx: VisitContext): number {
  const build = patientConstant(ctx, 41) - 15; // the same person from visit to visit
  const drift = ctx.random.int(-2, 2);
  if (ctx.age <= 10) return Math.round(22 + 4.8 * (ctx.age - 1) + build / 5 + drift / 2);
  if (ctx.age < 18) return Math.round(70 + 10 * (ctx.age - 10) + build / 2 + drift);
  const heavy = ctx.patient.problems.some((p) => p.startsWith('obesity'));
  return (ctx.patient.person.sex === 'F' ? 150 : 185) + (heavy ? 45 : 0) + build + drift;
}

/** One vitals line; fever adds a temperature of 100.6–102.2 F. */
export function vitals(
  ctx: VisitContext,
  options: { fever?: boolean; spo2?: boolean } = {},
): string {
  const { random } = ctx;
  const temp = options.fever ? random.int(1006, 1022) / 10 : random.int(978, 988) / 10;
  const hypertensive = ctx.patient.problems.some((p) => p.startsWith('htn') || p === 'hf-afib');
  const bp =
    ctx.age < 13
      ? `${random.int(94, 112)}/${random.int(56, 72)}`
      : `${random.int(hypertensive ? 124 : 108, hypertensive ? 138 : 128)}/${random.int(66, 86)}`;
  const parts = [
    ...(ctx.age >= 3 ? [`BP ${bp}`] : []),
    `HR ${ctx.age < 12 ? random.int(84, 118) : random.int(62, 88) + (options.fever ? 14 : 0)}`,
    `T ${temp.toFixed(1)} F`,
    ...(options.spo2 ? [`SpO2 ${random.int(95, 99)}%`] : []),
    `Wt ${weightPounds(ctx)} lb`,
  ];
  return `O: ${parts.join(', ')}.`;
}

/**
 * Influenza vaccine product for the date: trivalent from the 2024-25 season on (the US dropped
 * the B/Yamagata strain), high-dose for Medicare patients 65 and over.
 */
export function fluVaccineCode(ctx: VisitContext): string {
  if (isMedicare(ctx) && ctx.age >= 65) return '90662';
  return ctx.date >= '2024-07-01' ? '90656' : '90686';
}

/** Influenza season for the demo: September through March. */
export function isFluSeason(date: IsoDate): boolean {
  const month = Number(date.slice(5, 7));
  return month >= 9 || month <= 3;
}

/**
 * Flu vaccine lines pointing at Z23: Medicare pays the administration as G0008; under 19 with
 * counseling by the clinician it is 90460; otherwise 90471. A Vaccines for Children dose
 * (Medicaid, under 19) is state-supplied: billed with SL at no charge.
 */
export function fluVaccineLines(ctx: VisitContext, z23: number, counseled: boolean): LineDraft[] {
  const product = fluVaccineCode(ctx);
  const admin = isMedicare(ctx) ? 'G0008' : ctx.age < 19 && counseled ? '90460' : '90471';
  const vfc = isMedicaid(ctx) && ctx.age < 19;
  return [
    { code: admin, pointers: [z23] },
    vfc
      ? { code: product, modifiers: ['SL'], pointers: [z23], charge: '0.00' }
      : { code: product, pointers: [z23] },
  ];
}

/** The 1-based pointer of a diagnosis in the visit's list (it must be there). */
export function pointerTo(diagnoses: readonly string[], code: string): number {
  const index = diagnoses.indexOf(code);
  if (index < 0) throw new RangeError(`${code} is not among the visit's diagnoses`);
  return index + 1;
}

/** The pointers of the first `max` diagnoses (an E/M line points at what it addressed). */
export function firstPointers(diagnoses: readonly string[], max = 4): number[] {
  return diagnoses.slice(0, max).map((_, index) => index + 1);
}
