import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import { cleanClaim } from './scrub-claim.fixture.ts';
import type { InstitutionalScrubFacts, ScrubClaim } from './scrub-claim.ts';

/** A clean hospital inpatient (111) claim to Medicare Part A: a three-day pneumonia stay. */
export const inpatientClaim: ScrubClaim = {
  ...cleanClaim,
  claimNumber: 'H200001-1',
  kind: 'institutional',
  frequency: '1',
  billingProvider: { ...cleanClaim.billingProvider, name: 'Prairie General Hospital' },
  payer: { ...cleanClaim.payer, name: 'Medicare Part A', claimFilingIndicator: 'MA' },
  placeOfService: '',
  serviceDateFrom: isoDate('2026-03-01'),
  serviceDateTo: isoDate('2026-03-04'),
  diagnoses: ['J189', 'I10', 'E119'],
  lines: [],
  institutional: {
    facilityType: '11',
    statementFrom: isoDate('2026-03-01'),
    statementTo: isoDate('2026-03-04'),
    admissionDate: isoDate('2026-03-01'),
    admissionType: '1',
    pointOfOrigin: '1',
    patientStatus: '01',
    admittingDiagnosis: 'R509',
    occurrences: [],
    presentOnAdmission: ['Y', 'Y', 'Y'],
    procedures: [{ code: '5A09357', principal: true, date: isoDate('2026-03-02') }],
    lines: [
      { revenueCode: '0120', modifiers: [], units: 3, charge: cents(450000) },
      { revenueCode: '0250', modifiers: [], units: 1, charge: cents(31255) },
      {
        revenueCode: '0300',
        procedure: { system: 'cpt', code: '85025' },
        modifiers: [],
        units: 2,
        charge: cents(9800),
      },
    ],
  },
};

/**
 * A clean hospital outpatient (131) claim to Medicare Part B: an ER visit with an X-ray for a
 * wrist broken in a fall that morning (occurrence 05, other accident).
 */
export const outpatientClaim: ScrubClaim = {
  ...inpatientClaim,
  claimNumber: 'H200002-1',
  payer: { ...cleanClaim.payer, claimFilingIndicator: 'MB' },
  serviceDateFrom: isoDate('2026-03-05'),
  serviceDateTo: isoDate('2026-03-05'),
  diagnoses: ['S52531A', 'W010XXA'],
  institutional: {
    facilityType: '13',
    statementFrom: isoDate('2026-03-05'),
    statementTo: isoDate('2026-03-05'),
    pointOfOrigin: '1',
    patientStatus: '01',
    occurrences: [{ code: '05', date: isoDate('2026-03-05') }],
    presentOnAdmission: [],
    procedures: [],
    lines: [
      {
        revenueCode: '0450',
        procedure: { system: 'cpt', code: '99284' },
        modifiers: ['25'],
        units: 1,
        charge: cents(85000),
        serviceDate: isoDate('2026-03-05'),
      },
      {
        revenueCode: '0320',
        procedure: { system: 'cpt', code: '73110' },
        modifiers: ['LT'],
        units: 1,
        charge: cents(26000),
        serviceDate: isoDate('2026-03-05'),
      },
    ],
  },
};

type FactsChange = {
  readonly [K in keyof InstitutionalScrubFacts]?: InstitutionalScrubFacts[K] | undefined;
};

/** `claim` with its institutional facts changed; a fact set to `undefined` is removed. */
export function institutionalWith(claim: ScrubClaim, change: FactsChange): ScrubClaim {
  if (!claim.institutional) throw new Error(`${claim.claimNumber} is not institutional`);
  const facts: Record<string, unknown> = { ...claim.institutional, ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete facts[key];
  return { ...claim, institutional: facts as unknown as InstitutionalScrubFacts };
}
