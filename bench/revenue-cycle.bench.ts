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
import { isoDate } from '@medbill/core';
import type { ScrubOptions } from '@medbill/server';
import { batchReadyClaims, buildClaimsFor, importEra } from '@medbill/server';
import { databaseTargets } from '../packages/db/test/targets.ts';
import { remittanceFor, seedBillingPractice, VISITS_PER_PATIENT } from './billing-seed.ts';

const CLAIMS = Number(process.env.MEDBILL_BENCH_CLAIMS ?? 10_000);
const PATIENTS = CLAIMS / VISITS_PER_PATIENT;
const FACILITY_BILLS = Math.min(
  PATIENTS,
  Number(process.env.MEDBILL_BENCH_FACILITY_BILLS ?? Math.round(CLAIMS / 5)),
);
const today = isoDate('2026-04-01');
const scrub: ScrubOptions = { today: () => today, payerRules: [] };

const perSecond = (count: number, ms: number) =>
  `${Math.round((count / ms) * 1000).toLocaleString()}/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (count: number, run: { ms: number; cpuMs: number }) =>
  `${seconds(run.ms)} = ${perSecond(count, run.ms)} (CPU ${seconds(run.cpuMs)} = ${perSecond(count, run.cpuMs)})`;

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
    const seeded = await timed(() =>
      seedBillingPractice(db, { claims: CLAIMS, facilityBills: FACILITY_BILLS }),
    );
    const { ctx } = seeded.value;
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
    const era = await remittanceFor(db, ctx.orgId);
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
