// The benchmark practice, seeded through the same services the API uses: patients with their
// coverages and four visits of 2 lines each, facility bills for the first patients, and the 835
// that pays what was billed. Shared by the revenue-cycle and claims-worklist benchmarks.
import {
  encounterInput,
  facilityBillInput,
  feeScheduleInput,
  payerInput,
  practiceInput,
  providerInput,
  registrationInput,
} from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  defaultMigrationsDir,
  insertFeeSchedule,
  insertOrganization,
  migrate,
  payers,
  practices,
  providers,
} from '@medbill/db';
import type { RequestContext } from '@medbill/server';
import { registerPatient, saveEncounter } from '@medbill/server';
import { saveFacilityBill } from '../packages/server/src/services/facility-bill-saving.ts';
import { make835 } from '../packages/server/test/era-fixture.ts';
import type { FixtureClaim, FixtureLine } from '../packages/server/test/era-fixture.ts';
import {
  inpatientBillBody,
  operatingSurgeonBody,
  outpatientBillBody,
} from '../packages/server/test/facility-bill-fixture.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from '../packages/server/test/fixtures.ts';

export const VISITS_PER_PATIENT = 4;
/** Visit dates by decade of the month: every one inside the fee schedule and before 2026-04-01. */
const DECADES = ['2026-01-0', '2026-01-2', '2026-02-1', '2026-03-1'];

const secondaryPayerBody = {
  name: 'Prairie Health Plan',
  payerId: '61101',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 180,
};
const secondaryCoverage = (payerId: string) => ({
  payerId,
  order: 'secondary',
  memberId: 'PHP77001234',
  relationship: '18',
  effectiveFrom: '2024-01-01',
});
/** Primary payers beyond the first (Medicare), for benchmarks that filter by payer. */
const otherPrimaryPayers = [
  { name: 'Blue Cross Blue Shield of Illinois', payerId: '00621', claimFilingIndicator: 'BL' },
  { name: 'Aetna', payerId: '60054', claimFilingIndicator: 'CI' },
  // 90 days: January's visits are billed near the limit and draw the scrubber's warning.
  { name: 'UnitedHealthcare', payerId: '87726', claimFilingIndicator: 'CI', timelyFilingDays: 90 },
].map((p) => ({ timelyFilingDays: 180, ...p }));
/** Rendering providers beyond the first, for benchmarks that filter by provider. */
const otherRenderingProviders = [
  { lastName: 'Lindqvist', firstName: 'Hana', npi: '1345678902' },
  { lastName: 'Mensah', firstName: 'Kwame', npi: '1456789019' },
  { lastName: 'Duarte', firstName: 'Lucia', npi: '1567890128' },
].map((p) => ({ ...providerBody, ...p }));

export interface BillingSeedOptions {
  /** Professional encounters (claims once built), four per patient. */
  readonly claims: number;
  /** Facility bills of the first patients, at most one per patient. */
  readonly facilityBills: number;
  /** Primary payers the patients are spread over (1–4; Medicare alone by default). */
  readonly primaryPayers?: number;
  /** Rendering providers the visits are spread over (1–4; one by default). */
  readonly renderingProviders?: number;
}

export interface SeededPractice {
  readonly ctx: RequestContext;
  readonly primaryPayerIds: readonly string[];
  readonly renderingProviderIds: readonly string[];
}

/**
 * A migrated database with one organization whose patients have a primary coverage (and, every
 * other one, a secondary) and four coded visits each; the first patients also have a facility
 * bill (inpatient and outpatient alternately). Patient `p` is insured by primary payer
 * `p mod primaryPayers`; visit `v` is rendered by provider `(p + v) mod renderingProviders`.
 */
export async function seedBillingPractice(
  db: Database,
  options: BillingSeedOptions,
): Promise<SeededPractice> {
  await migrate(db, { dir: defaultMigrationsDir });
  const org = await insertOrganization(db, 'Bench Billing', 'bench');
  const ctx: RequestContext = {
    orgId: org.id,
    actor: { id: 'bench', name: 'Bench', roles: ['admin'] },
    requestId: 'bench',
    ip: 'local',
  };
  const patients = Math.ceil(options.claims / VISITS_PER_PATIENT);
  return db.transaction(async (tx) => {
    const practice = await practices.insert(tx, org.id, practiceInput.parse(practiceBody));
    const rendering = [];
    for (const body of [providerBody, ...otherRenderingProviders].slice(
      0,
      options.renderingProviders ?? 1,
    ))
      rendering.push(await providers.insert(tx, org.id, providerInput.parse(body)));
    const operating = await providers.insert(tx, org.id, providerInput.parse(operatingSurgeonBody));
    const primaries = [];
    for (const body of [payerBody, ...otherPrimaryPayers].slice(0, options.primaryPayers ?? 1))
      primaries.push(await payers.insert(tx, org.id, payerInput.parse(body)));
    const secondPayer = await payers.insert(tx, org.id, payerInput.parse(secondaryPayerBody));
    await insertFeeSchedule(tx, org.id, feeScheduleInput.parse(feeScheduleBody));
    for (let p = 0; p < patients; p += 1) {
      const patient = await registerPatient(
        tx,
        org.id,
        registrationInput.parse({
          patient: { ...patientBody, firstName: `Bench${p}` },
          // Every other patient has a secondary payer: posting the 835 bills it.
          coverages: [
            coverageBody(primaries[p % primaries.length]!.id),
            ...(p % 2 === 0 ? [] : [secondaryCoverage(secondPayer.id)]),
          ],
        }),
      );
      for (let v = 0; v < VISITS_PER_PATIENT; v += 1) {
        await saveEncounter(
          tx,
          org.id,
          encounterInput.parse({
            patientId: patient.id,
            practiceId: practice.id,
            renderingProviderId: rendering[(p + v) % rendering.length]!.id,
            placeOfService: '11',
            serviceDateFrom: `${DECADES[v % DECADES.length]}${1 + (p % 9)}`,
            diagnoses: ['I10', 'E78.5'],
            lines: [
              { procedureCode: '99214', diagnosisPointers: [1, 2] },
              { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
            ],
          }),
        );
      }
      if (p < options.facilityBills) {
        const ids = {
          patient: patient.id,
          practice: practice.id,
          attending: rendering[0]!.id,
          operating: operating.id,
        };
        // Inpatient and outpatient bills alternate between patients with and without a secondary.
        const body = Math.floor(p / 2) % 2 === 0 ? inpatientBillBody(ids) : outpatientBillBody(ids);
        await saveFacilityBill(tx, org.id, facilityBillInput.parse(body));
      }
    }
    return {
      ctx,
      primaryPayerIds: primaries.map((p) => p.id),
      renderingProviderIds: rendering.map((p) => p.id),
    };
  });
}

/**
 * The 835 that pays the claims (all of the organization's, or those of `claimIds`) as Medicare
 * would: professional lines with a CO-45 write-off and PR-2 coinsurance, one professional claim in
 * 20 denied; facility lines (SVC01 NU, or HC with the revenue code in SVC04) at 60 % with 10 %
 * coinsurance and the rest written off.
 */
export async function remittanceFor(
  db: Database,
  orgId: string,
  claimIds?: readonly string[],
): Promise<string> {
  const rows = await db.query<{
    claim_number: string;
    kind: string;
    control_number: string;
    revenue_code: string | null;
    procedure_code: string | null;
    modifiers: string[];
    units: string;
    charge_cents: string;
  }>(
    `select c.claim_number, c.kind, l.control_number, s.revenue_code, s.procedure_code,
       s.modifiers, s.units, s.charge_cents
     from claims c
     join claim_lines l on l.org_id = c.org_id and l.claim_id = c.id
     join service_lines s on s.org_id = l.org_id and s.id = l.service_line_id
     where c.org_id = $1 and ($2::uuid[] is null or c.id = any($2::uuid[]))
     order by c.claim_number, l.sequence`,
    [orgId, claimIds ?? null],
  );
  const byClaim = new Map<string, typeof rows>();
  for (const row of rows)
    byClaim.set(row.claim_number, [...(byClaim.get(row.claim_number) ?? []), row]);
  let professional = 0;
  const claims: FixtureClaim[] = [...byClaim].map(([claimNumber, lines], i) => {
    const payerClaimNumber = `2202607${String(i).padStart(7, '0')}`;
    if (lines[0]?.kind === 'institutional')
      return { claimNumber, status: '1', payerClaimNumber, lines: lines.map(facilityPayment) };
    const denied = professional++ % 20 === 0;
    return {
      claimNumber,
      status: denied ? '4' : '1',
      payerClaimNumber,
      lines: [
        {
          code: '99214',
          charge: 18550,
          paid: denied ? 0 : 8026,
          adjustments: denied
            ? [['CO', '97', 18550]]
            : [
                ['CO', '45', 8517],
                ['PR', '2', 2007],
              ],
          controlNumber: lines[0]?.control_number ?? '',
        },
        {
          code: '71046',
          modifiers: ['26'],
          charge: 4000,
          paid: denied ? 0 : 760,
          adjustments: denied
            ? [['CO', '97', 4000]]
            : [
                ['CO', '45', 3050],
                ['PR', '2', 190],
              ],
          controlNumber: lines[1]?.control_number ?? '',
        },
      ],
    };
  });
  return make835(claims, { trace: 'BENCH-1', controlNumber: 1 });
}

function facilityPayment(line: {
  control_number: string;
  revenue_code: string | null;
  procedure_code: string | null;
  modifiers: string[];
  units: string;
  charge_cents: string;
}): FixtureLine {
  const charge = Number(line.charge_cents);
  const paid = Math.floor(charge * 0.6);
  const coinsurance = Math.floor(charge * 0.1);
  const billed = line.procedure_code
    ? { code: line.procedure_code, modifiers: line.modifiers, revenueCode: line.revenue_code ?? '' }
    : { qualifier: 'NU' as const, code: line.revenue_code ?? '' };
  return {
    ...billed,
    charge,
    paid,
    units: Number(line.units),
    adjustments: [
      ['CO', '45', charge - paid - coinsurance],
      ['PR', '2', coinsurance],
    ],
    controlNumber: line.control_number,
  };
}
