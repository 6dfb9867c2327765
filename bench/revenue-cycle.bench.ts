// Revenue-cycle throughput on PGlite and PostgreSQL, through the same services the API uses:
// claim building (with the claim-data scrub), 837P batch building (assembly, X12 writing and the
// builder's own validation, storing), and posting one 835 that pays, adjusts and denies every
// claim. MEDBILL_BENCH_CLAIMS sets the size (default 10,000 claims, 2 lines each; 5% denied).
// PostgreSQL is the test server (MEDBILL_TEST_DATABASE_URL); it is skipped with a notice when
// it does not answer. Each step prints its wall-clock rate and, beside it, the rate by this
// process's CPU time (user + system): on PGlite, which runs in this process, it is steadier than
// wall time when other work loads the machine; on PostgreSQL it leaves out the server's own work.
// Figures go in BENCHMARKS.md.
import { loadavg } from 'node:os';
import {
  encounterInput,
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
import { make835 } from '../packages/server/test/era-fixture.ts';
import type { FixtureClaim } from '../packages/server/test/era-fixture.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from '../packages/server/test/fixtures.ts';

const CLAIMS = Number(process.env.MEDBILL_BENCH_CLAIMS ?? 10_000);
const VISITS_PER_PATIENT = 4;
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
    const payer = await payers.insert(tx, org.id, payerInput.parse(payerBody));
    await insertFeeSchedule(tx, org.id, feeScheduleInput.parse(feeScheduleBody));
    for (let p = 0; p < CLAIMS / VISITS_PER_PATIENT; p += 1) {
      const patient = await registerPatient(
        tx,
        org.id,
        registrationInput.parse({
          patient: { ...patientBody, firstName: `Bench${p}` },
          coverages: [coverageBody(payer.id)],
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
    }
  });
  return ctx;
}

/** Every claim paid as Medicare would (CO-45 write-off, PR-2 coinsurance), one in 20 denied. */
async function remittanceFor(db: Database, ctx: RequestContext): Promise<string> {
  const rows = await db.query<{ claim_number: string; control_number: string; sequence: number }>(
    `select c.claim_number, l.control_number, l.sequence from claims c
     join claim_lines l on l.org_id = c.org_id and l.claim_id = c.id
     where c.org_id = $1 order by c.claim_number, l.sequence`,
    [ctx.orgId],
  );
  const byClaim = new Map<string, string[]>();
  for (const row of rows) {
    byClaim.set(row.claim_number, [...(byClaim.get(row.claim_number) ?? []), row.control_number]);
  }
  const claims: FixtureClaim[] = [...byClaim].map(([claimNumber, controls], i) => {
    const denied = i % 20 === 0;
    return {
      claimNumber,
      status: denied ? '4' : '1',
      payerClaimNumber: `2202607${String(i).padStart(7, '0')}`,
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
          controlNumber: controls[0] ?? '',
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
          controlNumber: controls[1] ?? '',
        },
      ],
    };
  });
  return make835(claims, { trace: 'BENCH-1', controlNumber: 1 });
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

console.log(
  `${CLAIMS.toLocaleString()} claims of 2 lines; load average ${loadavg()
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
    const ready = built.value.claims.filter((c) => c.status === 'ready').length;
    const batched = await timed(() =>
      db.transaction((tx) =>
        batchReadyClaims(tx, ctx, 'all-ready', new Date('2026-04-01T15:00:00Z')),
      ),
    );
    const era = await remittanceFor(db, ctx);
    const posted = await timed(() =>
      importEra(db, ctx, { name: 'bench.835', text: era }, today, scrub),
    );
    const again = await timed(() =>
      importEra(db, ctx, { name: 'bench.835', text: era }, today, scrub),
    );
    console.log(
      [
        `${target.name}:`,
        `  seed (patients, coverages, encounters): ${seconds(seeded.ms)}`,
        `  claim build + scrub: ${built.value.claims.length} claims (${ready} ready) in ${rate(built.value.claims.length, built)}`,
        `  837P batch build: ${batched.value.batches.reduce((s, b) => s + b.claims, 0)} claims in ${batched.value.batches.length} files, ${rate(ready, batched)}`,
        `  835 posting: ${posted.value.claims} claims (${posted.value.denials} denials), ${(era.length / 1e6).toFixed(1)} MB, ${rate(posted.value.claims, posted)}`,
        `  same 835 again (recognised, nothing posted): ${again.ms.toFixed(0)} ms, alreadyImported ${String(again.value.alreadyImported)}`,
        `  load average now: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      ].join('\n'),
    );
  } finally {
    await db.close();
  }
}
