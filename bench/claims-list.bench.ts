// Claims worklist latency on PGlite and PostgreSQL with MEDBILL_BENCH_CLAIMS professional claims
// (default 10,000; plus a fifth as many facility claims, MEDBILL_BENCH_FACILITY_BILLS), through
// the real Fastify app (`app.inject`, a biller signed in with a session cookie): the worklist's
// first page as the web app asks for it, each filter alone and all together, the deepest page,
// the API's `GET /claims`, and the dashboard's work-queue counts. MEDBILL_BENCH_REQUESTS sets the
// requests per case (default 200, after 10 unmeasured). The claims are built, scrubbed, partly
// batched and partly paid or denied by an 835 (secondary claims built), over four payers and four
// rendering providers, so each filter matches a realistic share. When a case's p95 is over 50 ms,
// its statements are run again under EXPLAIN ANALYZE and the plan's key lines printed.
// Figures go in BENCHMARKS.md ("Claims worklist").
import { loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { isoDate } from '@medbill/core';
import type { Database, SqlParam } from '@medbill/db';
import { insertUser } from '@medbill/db';
import type { ScrubOptions } from '@medbill/server';
import {
  batchReadyClaims,
  buildApp,
  buildClaimsFor,
  CodeSetCatalog,
  defaultAuthSettings,
  hashPassword,
  importEra,
} from '@medbill/server';
import { databaseTargets } from '../packages/db/test/targets.ts';
import { remittanceFor, seedBillingPractice } from './billing-seed.ts';

const CLAIMS = Number(process.env.MEDBILL_BENCH_CLAIMS ?? 10_000);
const FACILITY_BILLS = Math.min(
  Math.ceil(CLAIMS / 4),
  Number(process.env.MEDBILL_BENCH_FACILITY_BILLS ?? Math.round(CLAIMS / 5)),
);
const REQUESTS = Number(process.env.MEDBILL_BENCH_REQUESTS ?? 200);
const WARM_UP = 10;
/** The web app's page (CLAIM_PAGE in packages/web/src/claims/use-claims.ts). */
const PAGE = 200;
const SLOW_P95_MS = 50;
const billedOn = isoDate('2026-04-01');
/** The server's today: dates of service from January to March are 2 weeks to 15 weeks old. */
const today = isoDate('2026-04-15');
const scrub: ScrubOptions = { today: () => billedOn, payerRules: [] };
const BILLER = { email: 'biller@bench.test', password: 'bench biller password' };

interface Case {
  readonly name: string;
  readonly url: string;
}

/** Statements run through the database, kept while `recording` is set (for EXPLAIN). */
function recordingDatabase(db: Database) {
  const log = { recording: false, statements: [] as { sql: string; params: SqlParam[] }[] };
  const wrapped: Database = {
    kind: db.kind,
    query: (sql, params) => {
      if (log.recording) log.statements.push({ sql, params: [...(params ?? [])] });
      return db.query(sql, params);
    },
    transaction: (fn) => db.transaction(fn),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
  return { db: wrapped, log };
}

async function seedWorklist(db: Database) {
  const seeded = await seedBillingPractice(db, {
    claims: CLAIMS,
    facilityBills: FACILITY_BILLS,
    primaryPayers: 4,
    renderingProviders: 4,
  });
  const { ctx } = seeded;
  const built = await db.transaction((tx) => buildClaimsFor(tx, ctx, 'all-unbilled', scrub));
  // Two thirds of the ready claims are sent; the 835 answers for half of those.
  const ready = built.claims.filter((c) => c.status === 'ready');
  const sent = ready.filter((_, i) => i % 3 !== 0);
  for (const kind of ['professional', 'institutional']) {
    const ids = sent.filter((c) => c.kind === kind).map((c) => c.id);
    await db.transaction((tx) => batchReadyClaims(tx, ctx, ids, new Date('2026-04-01T15:00:00Z')));
  }
  const answered = sent.filter((_, i) => i % 2 === 0).map((c) => c.id);
  const era = await remittanceFor(db, ctx.orgId, answered);
  await importEra(db, ctx, { name: 'bench.835', text: era }, billedOn, scrub);
  // What autovacuum (PostgreSQL) or the server's auto-analyze (PGlite) does soon after a load.
  await db.exec('analyze');
  await insertUser(db, ctx.orgId, {
    email: BILLER.email,
    name: 'Bench biller',
    roles: ['biller'],
    passwordHash: await hashPassword(BILLER.password),
  });
  return seeded;
}

async function signIn(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/auth/login', payload: BILLER });
  const cookie = response.cookies.find((c) => c.name === 'medbill_session');
  if (response.statusCode !== 200 || !cookie)
    throw new Error(`sign-in answered ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function measure(app: FastifyInstance, cookie: string, url: string) {
  const get = async () => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200)
      throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    return response.json<{ total?: number; items?: unknown[] }>();
  };
  for (let i = 0; i < WARM_UP; i += 1) await get();
  const ms: number[] = [];
  let body: { total?: number; items?: unknown[] } = {};
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    body = await get();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    rows: body.items?.length,
    total: body.total,
  };
}

/** The plan's shape (top node, scans, sorts, joins, time), or nothing for a statement under 1 ms. */
async function explain(db: Database, sql: string, params: SqlParam[]): Promise<string[]> {
  const rows = await db.query<{ 'QUERY PLAN': string }>(`explain analyze ${sql}`, params);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const time = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? 0);
  if (time < 1) return [];
  return lines.filter(
    (line, i) =>
      i === 0 || /Scan|Sort|Aggregate|Nested Loop|Hash Join|WindowAgg|Execution Time/.test(line),
  );
}

const ms = (value: number) => value.toFixed(1).padStart(7);

console.log(
  `${CLAIMS.toLocaleString()} professional claims and ${FACILITY_BILLS.toLocaleString()} facility bills, ${REQUESTS} requests per case; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const target of databaseTargets()) {
  if (!target.available) {
    console.log(`${target.name}: not available here, skipped`);
    continue;
  }
  const { db, log } = recordingDatabase(await target.open());
  try {
    const seedStart = performance.now();
    const seeded = await seedWorklist(db);
    const orgId = seeded.ctx.orgId;
    const counts = await db.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from claims where org_id = $1 group by status order by 2 desc`,
      [orgId],
    );
    const [rule] = await db.query<{ rule_id: string; n: number }>(
      `select rule_id, count(distinct claim_id)::int as n from claim_scrub_issues where org_id = $1
       group by rule_id order by 2 desc limit 1`,
      [orgId],
    );
    console.log(
      `${target.name}: seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; claims by status: ${counts
        .map((c) => `${c.status} ${c.n}`)
        .join(
          ', ',
        )}; most frequent scrub rule: ${rule ? `${rule.rule_id} (${rule.n} claims)` : 'none'}`,
    );
    const app = await buildApp({
      db,
      version: 'bench',
      today: () => today,
      payerRules: [],
      codeSets: new CodeSetCatalog(),
      auth: { ...defaultAuthSettings, loginAttemptsPerMinute: 1000 },
    });
    try {
      const cookie = await signIn(app);
      const total = counts.reduce((s, c) => s + c.n, 0);
      const payer = seeded.primaryPayerIds[1] ?? '';
      const provider = seeded.renderingProviderIds[2] ?? '';
      const worklist = (query: string) => `/claim-worklist?limit=${PAGE}&offset=0${query}`;
      const cases: Case[] = [
        { name: 'first page, unfiltered', url: worklist('') },
        { name: 'status = in_batch', url: worklist('&status=in_batch') },
        { name: 'status = denied', url: worklist('&status=denied') },
        { name: 'payer', url: worklist(`&payerId=${payer}`) },
        { name: 'provider', url: worklist(`&providerId=${provider}`) },
        { name: 'age 31–60 days', url: worklist('&minAgeDays=31&maxAgeDays=60') },
        { name: 'age over 120 days (none)', url: worklist('&minAgeDays=121') },
        {
          name: `scrub rule ${rule?.rule_id ?? 'X-NONE'}`,
          url: worklist(`&ruleId=${rule?.rule_id ?? 'X-NONE'}`),
        },
        {
          name: 'status + payer + provider + age',
          url: worklist(
            `&status=in_batch&payerId=${payer}&providerId=${provider}&minAgeDays=61&maxAgeDays=90`,
          ),
        },
        { name: 'search: patient last name', url: worklist('&q=riv') },
        { name: 'deepest page', url: `/claim-worklist?limit=${PAGE}&offset=${total - PAGE}` },
        { name: 'GET /claims, first page', url: '/claims?limit=50' },
        { name: 'GET /claims, deepest page', url: `/claims?limit=50&offset=${total - 50}` },
        { name: 'GET /dashboard (queue counts)', url: '/dashboard' },
      ];
      console.log(`  ${'case'.padEnd(34)}     p50     p95     p99  rows   total  (ms)`);
      for (const c of cases) {
        const r = await measure(app, cookie, c.url);
        console.log(
          `  ${c.name.padEnd(34)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${String(r.rows ?? '').padStart(5)} ${String(r.total ?? '').padStart(7)}`,
        );
        if (r.p95 > SLOW_P95_MS) {
          log.statements = [];
          log.recording = true;
          await app.inject({ method: 'GET', url: c.url, headers: { cookie } });
          log.recording = false;
          for (const statement of log.statements.filter((s) => /^\s*(select|with)/i.test(s.sql))) {
            const plan = await explain(db, statement.sql, statement.params);
            if (plan.length === 0) continue;
            console.log(`    EXPLAIN ${statement.sql.replace(/\s+/g, ' ').slice(0, 110)}…`);
            for (const line of plan) console.log(`      ${line}`);
          }
        }
      }
      console.log(
        `  load average now: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}
