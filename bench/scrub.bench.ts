// Claim scrubber throughput: every rule (claim data + code sets) over the defect corpus's
// claims, with all official code sets loaded (ICD-10-CM FY2021/25/26 with the Tabular, HCPCS,
// PFS, NCCI MUE/AOC, the PTP fixture, reference lists). Claims are spread over the 91 days of
// 2026 Q2 so the per-date caches fill as in real batches. Figures go in BENCHMARKS.md.
import { join } from 'node:path';
import { addDays, CLAIM_DATA_RULES, codeSetRules, isoDate, scrubClaim } from '@medbill/core';
import type { ScrubClaim, ScrubContext } from '@medbill/core';
import { codeFactsFrom } from '../packages/codes/src/facts/code-facts-adapter.ts';
import { importCodeSets, readSourceFiles } from '../packages/codes/src/index.ts';
import { CLEAN_CLAIMS, PLANTED_DEFECTS } from '../packages/codes/test/scrub-corpus/corpus.ts';

const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../shared/codesets');
const ptpFixture = join(
  import.meta.dirname,
  '../packages/codes/src/ncci/fixtures/ccipra-v321r0-f1.txt',
);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const t0 = performance.now();
// The release files are read inline so that their bytes can be collected once imported.
const { codeSets } = await importCodeSets([
  ...(await readSourceFiles(codesets)),
  ...(await readSourceFiles(ptpFixture)),
]);
const loadMs = performance.now() - t0;
gc();
const loaded = process.memoryUsage();
console.log(
  `code sets loaded in ${(loadMs / 1000).toFixed(1)} s: RSS ${mb(loaded.rss)}, heap ${mb(loaded.heapUsed)}`,
);

/** The same claim moved to another day of 2026 Q2 (all tables in force), context with it. */
function onDay(claim: ScrubClaim, context: ScrubContext | undefined, day: number) {
  const shift = (d: string) => addDays(isoDate(d), day);
  return {
    claim: {
      ...claim,
      serviceDateFrom: shift(claim.serviceDateFrom),
      serviceDateTo: shift(claim.serviceDateTo),
      lines: claim.lines.map((l) => ({ ...l, serviceDate: shift(l.serviceDate) })),
    },
    context: { ...(context ?? {}), today: isoDate('2026-07-10') } as ScrubContext,
  };
}

const corpus = [...PLANTED_DEFECTS, ...CLEAN_CLAIMS];
const workload = Array.from({ length: 91 }, (_, d) => d - 14).flatMap((day) =>
  corpus.map((c) => onDay(c.claim, c.context, day)),
);

function run(rounds: number) {
  const rules = [...CLAIM_DATA_RULES, ...codeSetRules(codeFactsFrom(codeSets))];
  let issues = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const { claim, context } of workload) issues += scrubClaim(claim, context, rules).length;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const claims = rounds * workload.length;
  return {
    claims,
    issues,
    wall: (claims / ms) * 1000,
    cpu: (claims / ((used.user + used.system) / 1000)) * 1000,
  };
}

const cold = run(1);
console.log(
  `cold (empty caches): ${cold.claims} claims, ${Math.round(cold.wall)} claims/s wall, ${Math.round(cold.cpu)} claims/s CPU`,
);
const warm = [run(5), run(5), run(5)].sort((a, b) => b.wall - a.wall)[0] ?? cold;
gc();
const after = process.memoryUsage();
console.log(
  `warm (best of 3 × 5 rounds): ${warm.claims} claims, ${Math.round(warm.wall)} claims/s wall, ${Math.round(warm.cpu)} claims/s CPU; ${warm.issues} issues`,
);
console.log(`memory after: RSS ${mb(after.rss)}, heap ${mb(after.heapUsed)}`);
