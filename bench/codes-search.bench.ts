// Code sets and the encoder: import time of the full official set, the encoder index build (what
// a server does at start), top-1/top-5 accuracy on an evaluation set made from the official
// data, and latency and memory — for our index and for MiniSearch and FlexSearch over the same
// documents. Figures go in BENCHMARKS.md ("Code sets and encoder").
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  buildSearchIndex,
  decodeEncoder,
  encodeEncoder,
  encoderDocuments,
  importCodeSets,
  readSourceFiles,
} from '../packages/codes/src/index.ts';
import { flexSearchEngine, medbillEngine, miniSearchEngine, type Engine } from './codes-engines.ts';
import { evaluationSet, prng, REWRITE_KINDS, type EvalQuery } from './codes-eval-set.ts';

const repoRoot = join(import.meta.dirname, '..');
const dir = process.env.MEDBILL_CODESETS_DIR ?? join(repoRoot, '../shared/codesets');
const seed = Number(process.env.MEDBILL_BENCH_SEED ?? 2026);
const perKind = Number(process.env.MEDBILL_BENCH_PER_KIND ?? 300);
const latencyQueries = 10_000;
/** A slow baseline stops its latency run here, and says how many queries it ran. */
const latencyBudgetMs = Number(process.env.MEDBILL_BENCH_LATENCY_BUDGET_MS ?? 90_000);

if (!existsSync(dir)) {
  console.log(
    `Code sets not found at ${dir}: set MEDBILL_CODESETS_DIR to the official files. Skipped.`,
  );
  process.exit(0);
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

// (a) Import.
const heapStart = memory();
let start = performance.now();
const files = await readSourceFiles(dir);
const { codeSets } = await importCodeSets(files);
const importMs = performance.now() - start;
files.length = 0;
const heapCodeSets = memory() - heapStart;
console.log(
  `import of ${dir}: ${(importMs / 1000).toFixed(1)} s (target < 60 s), heap ${mb(heapCodeSets)}`,
);

// (b) Encoder index from imported code sets, as a server start does after loading the snapshot.
const builds: { documents: number; index: number }[] = [];
for (let i = 0; i < 3; i += 1) {
  start = performance.now();
  const built = encoderDocuments(codeSets).documents;
  const middle = performance.now();
  buildSearchIndex(built);
  builds.push({ documents: middle - start, index: performance.now() - middle });
}
const { documents, systems } = encoderDocuments(codeSets);
console.log(
  `encoder index from imported code sets (${documents.length} documents), documents + index: ` +
    `${builds.map((b) => `${ms(b.documents)} + ${ms(b.index)}`).join(', ')} (first, then warm)`,
);
// What a server start does instead since the index is stored in the snapshot: decode it.
const section = encodeEncoder({ index: buildSearchIndex(documents), systems });
const decodes: number[] = [];
for (let i = 0; i < 3; i += 1) {
  start = performance.now();
  decodeEncoder(section);
  decodes.push(performance.now() - start);
}
console.log(
  `encoder read from its snapshot section (${mb(section.byteLength)}): ${decodes.map(ms).join(', ')}`,
);

// (c) Evaluation set.
const { queries, items } = evaluationSet(codeSets, documents, systems, { seed, perKind });
console.log(
  `evaluation set: ${queries.length} queries (seed ${seed}) from ${items} official items`,
);

// (d) Latency workload: the eval queries and prefixes of them as a person types.
const random = prng(seed + 1);
const workload: string[] = [];
while (workload.length < latencyQueries) {
  const q = queries[Math.floor(random() * queries.length)]?.query ?? '';
  workload.push(q);
  if (q.length > 4) workload.push(q.slice(0, 3 + Math.floor(random() * (q.length - 3))));
}

interface Result {
  readonly name: string;
  readonly buildMs: number;
  readonly memory: number;
  readonly top1: Map<string, number>;
  readonly top5: Map<string, number>;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly quietP99: number;
  readonly queries: number;
}

function accuracy(engine: Engine, set: readonly EvalQuery[]) {
  const top1 = new Map<string, number>();
  const top5 = new Map<string, number>();
  const count = new Map<string, number>();
  for (const q of set) {
    const ids = engine.search(q.query, 5);
    for (const key of [q.kind, 'overall']) {
      count.set(key, (count.get(key) ?? 0) + 1);
      if (ids[0] === q.answer) top1.set(key, (top1.get(key) ?? 0) + 1);
      if (ids.includes(q.answer)) top5.set(key, (top5.get(key) ?? 0) + 1);
    }
  }
  const share = (m: Map<string, number>) =>
    new Map([...count].map(([k, n]) => [k, (m.get(k) ?? 0) / n]));
  return { top1: share(top1), top5: share(top5) };
}

function latency(engine: Engine) {
  for (const q of workload.slice(0, 500)) engine.search(q, 10);
  const times: number[] = [];
  const begin = performance.now();
  for (const q of workload) {
    const t = performance.now();
    engine.search(q, 10);
    times.push(performance.now() - t);
    if (t - begin > latencyBudgetMs) break;
  }
  // Best of three per query: what the code costs when the machine's other load does not interfere.
  const quiet = workload.slice(0, 2000).map((q) => {
    let best = Infinity;
    for (let r = 0; r < 3 && times.length === workload.length; r += 1) {
      const t = performance.now();
      engine.search(q, 10);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  });
  const at = (list: number[], p: number) =>
    list.sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))] ?? 0;
  return {
    queries: times.length,
    p50: at(times, 0.5),
    p95: at(times, 0.95),
    p99: at(times, 0.99),
    quietP99: at(quiet, 0.99),
  };
}

/** `MEDBILL_BENCH_ENGINES=medbill` measures ours alone (the baselines take minutes). */
const only = process.env.MEDBILL_BENCH_ENGINES?.split(',');
const makers = [medbillEngine, miniSearchEngine, flexSearchEngine].filter(
  (_, i) => !only || only.includes(['medbill', 'MiniSearch', 'FlexSearch'][i] ?? ''),
);
const results: Result[] = [];
for (const make of makers) {
  const before = memory();
  start = performance.now();
  const engine = make(documents);
  const buildMs = performance.now() - start;
  const used = memory() - before;
  const { top1, top5 } = accuracy(engine, queries);
  results.push({ name: engine.name, buildMs, memory: used, top1, top5, ...latency(engine) });
  console.log(`  ${engine.name} done`);
}

// (e) Tables.
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(head));
  console.log(
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
  );
  for (const row of rows) console.log(line(row));
};
console.log(
  `\nlatency over ${workload.length} queries (limit 10; a baseline stops after ${latencyBudgetMs / 1000} s), ` +
    `accuracy over ${queries.length}; load average ${loadavg()[0]?.toFixed(1)} on this machine\n`,
);
table(
  ['engine', 'top-1', 'top-5', 'queries', 'p50', 'p95', 'p99', 'p99 best of 3', 'memory', 'build'],
  results.map((r) => [
    r.name,
    pct(r.top1.get('overall') ?? 0),
    pct(r.top5.get('overall') ?? 0),
    String(r.queries),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.queries === workload.length ? ms(r.quietP99) : 'n/a',
    mb(r.memory),
    ms(r.buildMs),
  ]),
);
console.log('\ntop-1 / top-5 by rewrite kind\n');
table(
  ['rewrite', 'queries', ...results.map((r) => r.name)],
  REWRITE_KINDS.map((kind) => [
    kind,
    String(queries.filter((q) => q.kind === kind).length),
    ...results.map((r) => `${pct(r.top1.get(kind) ?? 0)} / ${pct(r.top5.get(kind) ?? 0)}`),
  ]),
);
