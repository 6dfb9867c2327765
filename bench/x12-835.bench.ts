// 835 parsing throughput: a ≥ 50 MB 835 built from real sample claims, read by @medbill/x12
// (streaming, to typed remittances, whole or claim by claim) and by node-x12 (whole text, to its
// object model), each in its own process so that peak RSS belongs to one parser; then the same
// volume as one transaction set, where only the claim-by-claim reader keeps memory bounded.
// Figures go in BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { X12Interchange, X12Parser } from 'node-x12';
import {
  formatCents,
  parseCents,
  parseSegments,
  readRemittanceItems,
  readRemittances,
  readSegmentBatches,
  writeX12,
  type Segment,
  type SegmentInput,
} from '../packages/x12/src/index.ts';

const samplesDir =
  process.env.MEDBILL_X12_SAMPLES_DIR ?? join(import.meta.dirname, '../../shared/x12-samples');
const sources = [
  '835/stupidedi__X221A1-dollars-and-data-sent-separate.edi',
  '835/tigershark__5010-835-example-2.txt',
  '835/tigershark__5010-835-example-3.txt',
  '835/lfh__managed-care.835',
  '835/stupidedi__X221A1-era-sample.edi',
  '835/keironstoddart__united_healthcare_legacy_sample.txt',
];
const targetBytes = 52 * 1024 * 1024;
const blocksPerSet = 100;
const file = join(tmpdir(), `medbill-x12-835-bench-${targetBytes}.835`);
const singleSetFile = join(tmpdir(), `medbill-x12-835-one-set-${targetBytes}.835`);
const delimiters = { element: '*', repetition: '^', component: ':', segment: '~' };
/** Cold processes per reader of ours (node-x12, at ~3 GB RSS, runs once). */
const runs = Number(process.env.MEDBILL_BENCH_RUNS ?? 3);

interface Template {
  readonly header: readonly Segment[];
  readonly claims: readonly Segment[];
  readonly paid: number;
  readonly claimCount: number;
}

function template(name: string): Template {
  const segs = parseSegments(new TextDecoder().decode(readFileSync(join(samplesDir, name))));
  const st = segs.findIndex((s) => s.id === 'ST');
  const lx = segs.findIndex((s) => s.id === 'LX');
  const se = segs.findIndex((s) => s.id === 'SE');
  const claims = segs.slice(lx, se);
  let paid = 0;
  for (const s of claims) if (s.id === 'CLP') paid += parseCents(s.elements[3] ?? '') ?? 0;
  return {
    header: segs.slice(st + 1, lx),
    claims,
    paid,
    claimCount: claims.filter((s) => s.id === 'CLP').length,
  };
}

/** Writes the interchange header, then the sets `body` writes, then GE/IEA; returns its result. */
function writeInterchange<T>(
  path: string,
  body: (out: (segments: SegmentInput[]) => number, bytes: number) => { sets: number } & T,
): T {
  const fd = openSync(path, 'w');
  const out = (segments: SegmentInput[]): number =>
    writeSync(fd, writeX12(segments, { delimiters, lineBreak: '\n' }));
  const isa =
    'ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *240101*1200*^*00501*000000001*0*P*:';
  const bytes = out([
    ...parseSegments(`${isa}~`),
    {
      id: 'GS',
      elements: ['HP', 'PAYER', 'PROVIDER', '20240101', '1200', '1', 'X', '005010X221A1'],
    },
  ]);
  const result = body(out, bytes);
  out([
    { id: 'GE', elements: [String(result.sets), '1'] },
    { id: 'IEA', elements: ['1', '000000001'] },
  ]);
  closeSync(fd);
  return result;
}

/** A set's header segments (ST excluded) with BPR02 set to what its claims pay. */
function headerOf(t: Template, paid: number): SegmentInput[] {
  return t.header.map((s) => {
    const elements = [...s.elements];
    if (s.id === 'BPR') elements[1] = formatCents(paid);
    return { id: s.id, elements, delimiters: s.delimiters };
  });
}

/** One copy of a sample's claims with LX numbered from `lx`. */
function claimsOf(t: Template, lx: number): SegmentInput[] {
  let n = lx;
  return t.claims.map((s) => {
    if (s.id !== 'LX') return s;
    n += 1;
    return { id: 'LX', elements: [String(n)] };
  });
}

/** Writes the big file: one ISA/GS, many ST..SE of `blocksPerSet` copies of a sample's claims. */
function build(): { claims: number } {
  const templates = sources.map(template);
  return writeInterchange(file, (out, written) => {
    let bytes = written;
    let sets = 0;
    let claims = 0;
    while (bytes < targetBytes) {
      const t = templates[sets % templates.length]!;
      sets += 1;
      const st = String(sets).padStart(9, '0');
      const body: SegmentInput[] = [
        { id: 'ST', elements: ['835', st] },
        ...headerOf(t, t.paid * blocksPerSet),
      ];
      const lxPerBlock = t.claims.filter((s) => s.id === 'LX').length;
      for (let k = 0; k < blocksPerSet; k += 1) body.push(...claimsOf(t, k * lxPerBlock));
      claims += t.claimCount * blocksPerSet;
      body.push({ id: 'SE', elements: [String(body.length + 1), st] });
      bytes += out(body);
    }
    return { sets, claims };
  });
}

/**
 * Writes the same volume as one transaction set (one check of ~150,000 claims, as a payer's
 * weekly check to a hospital system can be), the samples' claims taking turns under the first
 * one's header: what `readRemittances` must hold whole and `readRemittanceItems` need not.
 */
function buildSingleSet(): { claims: number } {
  const templates = sources.map(template);
  const blockBytes = templates.map(
    (t) => writeX12(claimsOf(t, 0), { delimiters, lineBreak: '\n' }).length,
  );
  const blockBytesAll = blockBytes.reduce((a, b) => a + b, 0);
  const rounds = Math.ceil(targetBytes / blockBytesAll);
  const paid = templates.reduce((sum, t) => sum + t.paid, 0) * rounds;
  return writeInterchange(singleSetFile, (out) => {
    const header = headerOf(templates[0]!, paid);
    out([{ id: 'ST', elements: ['835', '000000001'] }, ...header]);
    let segments = 1 + header.length;
    let lx = 0;
    let claims = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const t of templates) {
        const block = claimsOf(t, lx);
        lx += block.filter((s) => s.id === 'LX').length;
        segments += block.length;
        claims += t.claimCount;
        out(block);
      }
    }
    out([{ id: 'SE', elements: [String(segments + 1), '000000001'] }]);
    return { sets: 1, claims };
  });
}

interface Timing {
  readonly seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
}

interface Run extends Timing {
  readonly claims: number;
  readonly issues: number;
  readonly maxRssMb: number;
  /** The fastest of the reads after the first in the same process (JIT compiled, heap grown). */
  readonly steady: Timing;
}

const cpu = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;

interface Counted {
  readonly claims: number;
  readonly issues: number;
}

/** Reads per process: the first is the cold one, the best of the others the steady state. */
const reads = Math.max(2, Number(process.env.MEDBILL_BENCH_READS ?? 4));

/** Times `reads` runs of `once` in this process; `once` returns what it counted. */
async function timeReads(once: () => Counted | Promise<Counted>, count = reads): Promise<Run> {
  type Read = Timing & Counted;
  const timings: Read[] = [];
  for (let k = 0; k < count; k += 1) {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const counted = await once();
    timings.push({
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: cpu(cpu0),
      ...counted,
    });
  }
  const first = timings[0]!;
  const steady = timings.slice(1).reduce((best, t) => (t.seconds < best.seconds ? t : best));
  return {
    seconds: first.seconds,
    cpuSeconds: first.cpuSeconds,
    claims: first.claims,
    issues: first.issues,
    maxRssMb: rssMb(),
    steady: { seconds: steady.seconds, cpuSeconds: steady.cpuSeconds },
  };
}

/** Times streaming reads of `path` (64 KiB chunks); `read` counts the claims it yields. */
function measureRead(
  read: (path: string, onIssue: () => void) => Promise<number>,
  path: string,
): Promise<Run> {
  return timeReads(async () => {
    let issues = 0;
    const claims = await read(path, () => {
      issues += 1;
    });
    return { claims, issues };
  });
}

/** To typed remittances, one transaction set at a time. */
async function wholeRemittances(path: string, onIssue: () => void): Promise<number> {
  let claims = 0;
  for await (const rem of readRemittances(createReadStream(path), { onIssue }))
    claims += rem.claims.length;
  return claims;
}

/** Claim by claim (`readRemittanceItems`). */
async function remittanceItems(path: string, onIssue: () => void): Promise<number> {
  let claims = 0;
  for await (const batch of readRemittanceItems(createReadStream(path), { onIssue }))
    for (const item of batch) if (item.kind === 'claim') claims += 1;
  return claims;
}

/** The tokenizer alone (segments, no envelope or 835 reading), for the cost of each layer. */
function measureSegments(): Promise<Run> {
  return timeReads(async () => {
    let claims = 0;
    for await (const batch of readSegmentBatches(createReadStream(file))) claims += batch.length;
    return { claims, issues: 0 };
  });
}

/** node-x12 over the whole text (~3 GB of objects a parse: two parses, the second steady). */
function measureNodeX12(): Promise<Run> {
  return timeReads(() => {
    const parsed = new X12Parser(true).parse(readFileSync(file, 'utf8'));
    const interchanges = parsed instanceof X12Interchange ? [parsed] : parsed.interchanges;
    let claims = 0;
    for (const ix of interchanges)
      for (const group of ix.functionalGroups)
        for (const tx of group.transactions)
          for (const seg of tx.segments) if (seg.tag === 'CLP') claims += 1;
    return { claims, issues: 0 };
  }, 2);
}

function child(mode: string): Run {
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', import.meta.filename, mode],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Run;
}

/** `count` processes of one reader. */
const measure = (mode: string, count: number): Run[] =>
  Array.from({ length: count }, () => child(mode));

const median = (sorted: readonly Run[]): Run => sorted[Math.floor((sorted.length - 1) / 2)]!;

const mode = process.argv[2];
if (mode === 'ours') console.log(JSON.stringify(await measureRead(wholeRemittances, file)));
else if (mode === 'items') console.log(JSON.stringify(await measureRead(remittanceItems, file)));
else if (mode === 'ours-one-set')
  console.log(JSON.stringify(await measureRead(wholeRemittances, singleSetFile)));
else if (mode === 'items-one-set')
  console.log(JSON.stringify(await measureRead(remittanceItems, singleSetFile)));
else if (mode === 'segments') console.log(JSON.stringify(await measureSegments()));
else if (mode === 'node-x12') console.log(JSON.stringify(await measureNodeX12()));
else {
  const built = existsSync(file) ? undefined : build();
  const mb = statSync(file).size / 1e6;
  console.log(
    `835 file: ${mb.toFixed(1)} MB${built === undefined ? ' (cached)' : `, ${built.claims} claims`} at ${file}`,
  );
  const builtOne = existsSync(singleSetFile) ? undefined : buildSingleSet();
  const mbOne = statSync(singleSetFile).size / 1e6;
  console.log(
    `one-transaction 835: ${mbOne.toFixed(1)} MB${builtOne === undefined ? ' (cached)' : `, ${builtOne.claims} claims in one ST..SE`} at ${singleSetFile}`,
  );
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(
    `load average before: ${load()}; ${runs} processes per reader of ours, ${reads} reads each: the first read in a new process (JIT compiling, heap growing), then the steady state (best of the later reads)`,
  );
  const segments = measure('segments', runs);
  const ours = measure('ours', runs);
  const items = measure('items', runs);
  const theirs = child('node-x12');
  const first = (r: Run): Timing => r;
  const steady = (r: Run): Timing => r.steady;
  const mbps = (t: Timing, size = mb): string => (size / t.seconds).toFixed(1).padStart(6);
  const row = (
    name: string,
    all: readonly Run[],
    pick: (r: Run) => Timing,
    unit: string,
    size = mb,
  ): string => {
    const sorted = [...all].sort((a, b) => pick(a).seconds - pick(b).seconds);
    const best = sorted[0]!;
    const t = pick(best);
    const perCpuSecond = Math.round(best.claims / t.cpuSeconds).toLocaleString('en-US');
    return `${name.padEnd(44)} best ${mbps(t, size)} median ${mbps(pick(median(sorted)), size)} MB/s wall, best ${(size / t.cpuSeconds).toFixed(1).padStart(6)} MB/s cpu ${perCpuSecond.padStart(10)} ${unit}/s cpu  peak RSS ${Math.round(best.maxRssMb)} MB  (${best.claims} ${unit}, ${best.issues} issues)`;
  };
  const both = (name: string, all: readonly Run[], unit: string, size = mb): void => {
    console.log(row(`${name}, first read`, all, first, unit, size));
    console.log(row(`${name}, steady`, all, steady, unit, size));
  };
  both('@medbill/x12 readSegmentBatches', segments, 'segments');
  both('@medbill/x12 readRemittances', ours, 'claims');
  both('@medbill/x12 readRemittanceItems', items, 'claims');
  both('node-x12 X12Parser.parse', [theirs], 'claims');
  const ratio = (all: readonly Run[], pick: (r: Run) => Timing): string => {
    const sorted = [...all].sort((a, b) => pick(a).seconds - pick(b).seconds);
    const of = (r: Run): string =>
      `${(pick(theirs).seconds / pick(r).seconds).toFixed(1)}x wall, ${(pick(theirs).cpuSeconds / pick(r).cpuSeconds).toFixed(1)}x cpu`;
    return `best ${of(sorted[0]!)}; median ${of(median(sorted))}`;
  };
  for (const [name, all] of [
    ['readRemittances', ours],
    ['readRemittanceItems', items],
  ] as const) {
    console.log(`ratio node-x12 / ${name}, first reads: ${ratio(all, first)}`);
    console.log(`ratio node-x12 / ${name}, steady: ${ratio(all, steady)}`);
  }
  console.log('the same volume as one transaction set:');
  both('@medbill/x12 readRemittances', measure('ours-one-set', runs), 'claims', mbOne);
  both('@medbill/x12 readRemittanceItems', measure('items-one-set', runs), 'claims', mbOne);
  console.log(`load average after: ${load()}`);
}
