// Server start: from `medbill start` being spawned to the first answered /health and to the
// first answered /codes/search (a demo coder signs in first, as a person would), with the
// server's CPU time at both (its own work, which other sessions' load stretches far less), on the
// embedded database in a fresh data folder with the official code sets imported from
// MEDBILL_CODESETS_DIR by the first run. Figures go in BENCHMARKS.md ("Server start").
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');
const codesets = process.env.MEDBILL_CODESETS_DIR ?? join(repoRoot, '../shared/codesets');
const runs = Number(process.env.MEDBILL_BENCH_RUNS ?? 5);
/** One of the demo practice's accounts (the demo exists in demo data only). */
const CODER = { email: 'coder@demo.test', password: 'medbill-demo' };

if (!existsSync(codesets)) {
  console.log(`Code sets not found at ${codesets}: set MEDBILL_CODESETS_DIR. Skipped.`);
  process.exit(0);
}

const dataDir = mkdtempSync(join(tmpdir(), 'medbill-start-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

interface Start {
  readonly health: number;
  /** CPU time the server had used when /health answered. */
  readonly healthCpu: number;
  readonly signIn: number;
  readonly search: number;
  /** CPU time the server had used when it answered the search: its own work, whatever the load. */
  readonly cpu: number;
}

try {
  const first = await start({ importCodeSets: true });
  console.log(
    `first run (demo practice + import of ${codesets}): /health after ${s(first.health)}, ` +
      `/codes/search after ${s(first.search)}`,
  );
  const timings: Start[] = [];
  for (let i = 0; i < runs; i += 1) {
    const load = loadavg()[0] ?? 0;
    const t = await start({ importCodeSets: false });
    timings.push(t);
    console.log(
      `start ${i + 1}: /health ${s(t.health)} (server CPU ${s(t.healthCpu)}), signed in ${s(t.signIn)}, ` +
        `/codes/search ${s(t.search)} (server CPU ${s(t.cpu)}) (load average ${load.toFixed(1)})`,
    );
  }
  const best = (key: keyof Start) => Math.min(...timings.map((t) => t[key]));
  const median = (key: keyof Start) => {
    const sorted = timings.map((t) => t[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  };
  console.log(
    `\nbest of ${runs} (median): /health ${s(best('health'))} (${s(median('health'))}), ` +
      `server CPU until then ${s(best('healthCpu'))} (${s(median('healthCpu'))}), ` +
      `first /codes/search ${s(best('search'))} (${s(median('search'))}), ` +
      `server CPU until then ${s(best('cpu'))} (${s(median('cpu'))}); target < 2 s; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1/5/15 min) on ${process.platform}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

/** Spawns `medbill start`, waits for /health and a signed-in search, then stops it. */
async function start(options: { importCodeSets: boolean }): Promise<Start> {
  const spawned = performance.now();
  const child = spawn(process.execPath, [join(repoRoot, 'packages/cli/src/main.ts'), 'start'], {
    env: {
      ...process.env,
      MEDBILL_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      MEDBILL_CODESETS_DIR: options.importCodeSets ? codesets : '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await until(child, () => fetch(`${base}/health`).then((r) => r.ok));
    const health = performance.now() - spawned;
    const healthCpu = cpuMs(child.pid);
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CODER),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const signIn = performance.now() - spawned;
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const found = await fetch(`${base}/codes/search?q=${encodeURIComponent('diabetes ckd 3')}`, {
      headers: { cookie },
    });
    const body = (await found.json()) as { hits?: unknown[] };
    if (!found.ok || !body.hits?.length) throw new Error(`search failed: ${found.status}`);
    const search = performance.now() - spawned;
    return { health, healthCpu, signIn, search, cpu: cpuMs(child.pid) };
  } catch (error) {
    throw new Error(`${String(error)}\n${stderr}`, { cause: error });
  } finally {
    await stop(child);
  }
}

async function until(child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`medbill start exited with ${child.exitCode}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** User + system CPU time of a process so far, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
