// Revenue-cycle throughput on PGlite and PostgreSQL, through the same services the API uses:
// claim building (with the claim-data scrub), 837P and 837I batch building (assembly, X12
// writing and the builder's own validation, storing), posting one 835 that pays, adjusts and
// denies every claim, billing the secondary payer that every other patient has, and the 837I of
// the secondary facility claims it built (2320/2330B/2430). MEDBILL_BENCH_CLAIMS sets the number
// of professional claims (default 10,000, 2 lines each; 5% denied), MEDBILL_BENCH_FACILITY_BILLS
// the facility bills of the first patients (default a fifth of that, at most one per patient;
// inpatient stays of 3 revenue lines and outpatient visits of 2, alternately).
// PostgreSQL is the test server (MEDBILL_TEST_DATABASE_URL); it is skipped with a notice when
// it does not answer. Each step prints its wall-clock rate and, beside it, the rate by this
// process's CPU time (user + system): on PGlite, which runs in this process, it is steadier than
// wall time when other work loads the machine; on PostgreSQL it leaves out the server's own work.
// Figures go in BENCHMARKS.md.
import { loadavg } from 'node:os';
import {
  encounterInput,
  facilityBillInput,
  feeScheduleInput,
  isoDate,
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
import type { RequestContext, ScrubOptions } from '@medbill/server';
import {
  batchReadyClaims,
  buildClaimsFor,
  importEra,
  registerPatient,
  saveEncounter,
} from '@medbill/server';
import { databaseTargets } from '../packages/db/test/targets.ts';
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

const CLAIMS = Number(process.env.MEDBILL_BENCH_CLAIMS ?? 10_000);
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
const VISITS_PER_PATIENT = 4;
const PATIENTS = CLAIMS / VISITS_PER_PATIENT;
const FACILITY_BILLS = Math.min(
  PATIENTS,
  Number(process.env.MEDBILL_BENCH_FACILITY_BILLS ?? Math.round(CLAIMS / 5)),
);
/** Visit dates by decade of the month: every one inside the fee schedule and before "today". */
const DECADES = ['2026-01-0', '2026-01-2', '2026-02-1', '2026-03-1'];
const today = isoDate('2026-04-01');
const scrub: ScrubOptions = { today: () => today, payerRules: [] };

const perSecond = (count: number, ms: number) =>
  `${Math.round((count / ms) * 1000).toLocaleString()}/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (count: number, run: { ms: number; cpuMs: number }) =>
  `${seconds(run.ms)} = ${perSecond(count, run.ms)} (CPU ${seconds(run.cpuMs)} = ${perSecond(count, run.cpuMs)})`;

async function seed(db: Database): Promise<RequestContext> {
  await migrate(db, { dir: defaultMigrationsDir });
  const org = await insertOrganization(db, 'Bench Billing', 'bench');
  const ctx: RequestContext = {
    orgId: org.id,
    actor: { id: 'bench', name: 'Bench', roles: ['admin'] },
    requestId: 'bench',
    ip: 'local',
  };
  await db.transaction(async (tx) => {
    const practice = await practices.insert(tx, org.id, practiceInput.parse(practiceBody));
    const provider = await providers.insert(tx, org.id, providerInput.parse(providerBody));
    const operating = await providers.insert(tx, org.id, providerInput.parse(operatingSurgeonBody));
    const payer = await payers.insert(tx, org.id, payerInput.parse(payerBody));
    const secondPayer = await payers.insert(tx, org.id, payerInput.parse(secondaryPayerBody));
    await insertFeeSchedule(tx, org.id, feeScheduleInput.parse(feeScheduleBody));
    for (let p = 0; p < PATIENTS; p += 1) {
      const patient = await registerPatient(
        tx,
        org.id,
        registrationInput.parse({
          patient: { ...patientBody, firstName: `Bench${p}` },
          // Every other patient has a secondary payer: posting the 835 bills it.
          coverages: [
            coverageBody(payer.id),
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
            renderingProviderId: provider.id,
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
      if (p < FACILITY_BILLS) {
        const ids = {
          patient: patient.id,
          practice: practice.id,
          attending: provider.id,
          operating: operating.id,
        };
        // Inpatient and outpatient bills alternate between patients with and without a secondary.
        const body = Math.floor(p / 2) % 2 === 0 ? inpatientBillBody(ids) : outpatientBillBody(ids);
        await saveFacilityBill(tx, org.id, facilityBillInput.parse(body));
      }
    }
  });
  return ctx;
}

/**
 * Every claim paid as Medicare would: professional lines with a CO-45 write-off and PR-2
 * coinsurance, one professional claim in 20 denied; facility lines (SVC01 NU, or HC with the
 * revenue code in SVC04) at 60 % with 10 % coinsurance and the rest written off.
 */
async function remittanceFor(db: Database, ctx: RequestContext): Promise<string> {
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
     where c.org_id = $1 order by c.claim_number, l.sequence`,
    [ctx.orgId],
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

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

console.log(
  `${CLAIMS.toLocaleString()} claims of 2 lines and ${FACILITY_BILLS.toLocaleString()} facility bills; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const target of databaseTargets()) {
  if (!target.available) {
    console.log(`${target.name}: not available here, skipped`);
    continue;
  }
  const db = await target.open();
  try {
    const seeded = await timed(() => seed(db));
    const ctx = seeded.value;
    const built = await timed(() =>
      db.transaction((tx) => buildClaimsFor(tx, ctx, 'all-unbilled', scrub)),
    );
    const readyOf = (kind: string) =>
      built.value.claims.filter((c) => c.status === 'ready' && c.kind === kind).map((c) => c.id);
    const ready = {
      professional: readyOf('professional'),
      institutional: readyOf('institutional'),
    };
    const batch = (ids: readonly string[]) =>
      timed(() =>
        db.transaction((tx) => batchReadyClaims(tx, ctx, ids, new Date('2026-04-01T15:00:00Z'))),
      );
    const batched = await batch(ready.professional);
    const batched837i = await batch(ready.institutional);
    const era = await remittanceFor(db, ctx);
    const posted = await timed(() =>
      importEra(db, ctx, { name: 'bench.835', text: era }, today, scrub),
    );
    const again = await timed(() =>
      importEra(db, ctx, { name: 'bench.835', text: era }, today, scrub),
    );
    const secondaryFacility = (
      await db.query<{ id: string }>(
        `select id from claims where org_id = $1 and status = 'ready' and kind = 'institutional'
           and prior_payer_claim_id is not null`,
        [ctx.orgId],
      )
    ).map((r) => r.id);
    const cob837i = await batch(secondaryFacility);
    const claimsIn = (result: typeof batched) =>
      result.value.batches.reduce((s, b) => s + b.claims, 0);
    console.log(
      [
        `${target.name}:`,
        `  seed (patients, coverages, encounters, facility bills): ${seconds(seeded.ms)}`,
        `  claim build + scrub: ${built.value.claims.length} claims (${ready.professional.length} professional and ${ready.institutional.length} facility claims ready) in ${rate(built.value.claims.length, built)}`,
        `  837P batch build: ${claimsIn(batched)} claims in ${batched.value.batches.length} files, ${rate(ready.professional.length, batched)}`,
        `  837I batch build: ${claimsIn(batched837i)} claims in ${batched837i.value.batches.length} files, ${rate(ready.institutional.length, batched837i)}`,
        `  835 posting: ${posted.value.claims} claims (${posted.value.denials} denials, ${posted.value.nextPayer.filter((n) => n.outcome === 'built').length} secondary claims built), ${(era.length / 1e6).toFixed(1)} MB, ${rate(posted.value.claims, posted)}`,
        `  same 835 again (recognised, nothing posted): ${again.ms.toFixed(0)} ms, alreadyImported ${String(again.value.alreadyImported)}`,
        `  837I batch build of secondary facility claims (COB): ${claimsIn(cob837i)} claims in ${cob837i.value.batches.length} files, ${rate(secondaryFacility.length, cob837i)}`,
        `  load average now: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      ].join('\n'),
    );
  } finally {
    await db.close();
  }
}
