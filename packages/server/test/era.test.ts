import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import type { Database } from '@medbill/db';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { validateX12 } from '@medbill/x12';
import { databaseTargets, openPostgresPair, postgresAvailable } from '../../db/test/targets.ts';
import { importEra } from '../src/services/era-import.ts';
import { addColleague } from './colleague.ts';
import { deniedClaim, make835, paidClaim } from './era-fixture.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from './fixtures.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

interface Setup {
  readonly claims: { id: string; claimNumber: string; controlNumbers: string[] }[];
}

async function setUp(api: TestApi, db: Database): Promise<Setup> {
  const call = async (url: string, payload: unknown) =>
    JSON.parse(
      (await api.app.inject({ method: 'POST', url, payload: payload as object })).body,
    ) as Record<string, unknown>;
  const practice = String((await call('/practices', practiceBody)).id);
  const provider = String((await call('/providers', providerBody)).id);
  const payer = String((await call('/payers', payerBody)).id);
  await call('/fee-schedules', feeScheduleBody);
  const patient = String(
    (await call('/patients', { patient: patientBody, coverages: [coverageBody(payer)] })).id,
  );
  for (const day of ['02', '03']) {
    await call('/encounters', {
      patientId: patient,
      practiceId: practice,
      renderingProviderId: provider,
      placeOfService: '11',
      serviceDateFrom: `2026-03-${day}`,
      diagnoses: ['I10', 'E78.5'],
      lines: [
        { procedureCode: '99214', diagnosisPointers: [1, 2] },
        { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
      ],
    });
  }
  const built = (await call('/claims/build', {})) as {
    claims: { id: string; claimNumber: string }[];
  };
  const claims = [];
  for (const claim of built.claims) {
    const lines = await claimLines(db, api.orgId, claim.id);
    claims.push({ ...claim, controlNumbers: lines.map((l) => l.controlNumber) });
  }
  return { claims };
}

/** Claim 1 paid (with coinsurance to the patient), claim 2 denied. */
function paidAndDenied(setup: Setup, trace: string): string {
  const [paid, denied] = setup.claims;
  return make835(
    [
      paidClaim(paid?.claimNumber ?? '', '22026079000123', paid?.controlNumbers),
      deniedClaim(denied?.claimNumber ?? '', '22026079000124'),
    ],
    { trace, controlNumber: 7 },
  );
}

describe.each(databaseTargets())('835 posting on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  let setup: Setup;
  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;
  const balancesOf = async (claimId: string) => {
    const lines = await claimLines(db, api.orgId, claimId);
    return {
      ids: lines.map((l) => l.serviceLineId),
      balances: Balances.of(
        await ledgerEntriesFor(
          db,
          api.orgId,
          lines.map((l) => l.serviceLineId),
        ),
      ),
    };
  };

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    setup = await setUp(api, db);
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const era = (text: string, name = 'remit.835') =>
    api.app.inject({
      method: 'POST',
      url: '/remittances',
      payload: { fileName: name, content: text },
    });

  it('writes an 835 the X12 engine finds balanced', () => {
    expect(validateX12(paidAndDenied(setup, 'T1')).filter((i) => i.severity === 'error')).toEqual(
      [],
    );
  });

  it('refuses a file whose posting fails half-way, leaving no trace', async () => {
    const [first, second] = setup.claims;
    const broken = make835(
      [
        {
          claimNumber: first?.claimNumber ?? '',
          status: '1',
          payerClaimNumber: 'X1',
          lines: [
            {
              code: '99214',
              charge: 18550,
              paid: 18550,
              adjustments: [],
              controlNumber: first?.controlNumbers[0] ?? '',
            },
          ],
        },
        // 99999.00 paid against an 185.50 charge on a line with no such balance: the ledger refuses it.
        {
          claimNumber: second?.claimNumber ?? '',
          status: '1',
          payerClaimNumber: 'X2',
          lines: [
            {
              code: '99214',
              charge: 9999900,
              paid: 9999900,
              adjustments: [],
              controlNumber: second?.controlNumbers[0] ?? '',
            },
          ],
        },
      ],
      { trace: 'BROKEN', controlNumber: 3 },
    );
    const before = [
      await count('ledger_entries'),
      await count('remittance_files'),
      await count('worklist_items'),
    ];
    const response = await era(broken);
    expect(response.statusCode).toBe(422);
    expect([
      await count('ledger_entries'),
      await count('remittance_files'),
      await count('worklist_items'),
    ]).toEqual(before);
  });

  it('posts payments, write-offs and coinsurance, sends the denial to the worklist, and moves the claims', async () => {
    const response = await era(paidAndDenied(setup, 'T1'));
    expect(response.statusCode).toBe(201);
    const result = JSON.parse(response.body) as {
      posted: { claimNumber: string; status: string }[];
      denials: number;
      unmatched: number;
      payment: number;
    };
    expect(result.payment).toBe(8786);
    expect(result.posted.map((p) => p.status)).toEqual(['paid', 'denied']);
    expect(result.denials).toBe(2);
    const [paid, denied] = setup.claims;
    const a = await balancesOf(paid?.id ?? '');
    expect(a.balances.total(a.ids)).toBe(2007 + 190);
    expect(a.balances.total(a.ids, { kind: 'patient' })).toBe(2197);
    const b = await balancesOf(denied?.id ?? '');
    expect(b.balances.total(b.ids)).toBe(22550);
    const worklist = JSON.parse(
      (await api.app.inject({ method: 'GET', url: '/worklists?kind=denial' })).body,
    ) as { items: { summary: string; amount: number }[] };
    expect(worklist.items.map((i) => i.amount)).toEqual([18550, 4000]);
    expect(worklist.items[0]?.summary).toContain('CO-97');
    expect(worklist.items[0]?.summary).toContain('M15');
    const item = (worklist.items[0] as unknown as { id: string }).id;
    const act = (payload: object) =>
      api.app.inject({ method: 'POST', url: `/worklists/${item}/actions`, payload });
    expect((await act({ action: 'assign', text: 'please appeal' })).statusCode).toBe(422);
    expect(
      (
        await act({
          action: 'assign',
          text: 'appeal with the note',
          assignTo: await addColleague(db, api.orgId),
        })
      ).statusCode,
    ).toBe(200);
    const resolved = JSON.parse((await act({ action: 'resolve', text: 'appeal sent' })).body) as {
      history: { action: string }[];
    };
    expect(resolved.history.map((h) => h.action)).toEqual(['assign', 'resolve']);
    const open = JSON.parse(
      (await api.app.inject({ method: 'GET', url: '/worklists?kind=denial' })).body,
    ) as { total: number };
    expect(open.total).toBe(1);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await count('ledger_entries');
    const again = await era(paidAndDenied(setup, 'T1'), 'renamed.835');
    expect(again.statusCode).toBe(200);
    expect((JSON.parse(again.body) as { alreadyImported: boolean }).alreadyImported).toBe(true);
    expect(await count('ledger_entries')).toBe(before);
  });

  it('takes a payment back on a reversal (CLP02 22), keeping the original entries', async () => {
    const [paid] = setup.claims;
    const reversal = make835(
      [
        {
          claimNumber: paid?.claimNumber ?? '',
          status: '22',
          payerClaimNumber: '22026079000123',
          lines: [
            {
              code: '99214',
              charge: -18550,
              paid: -8026,
              adjustments: [
                ['CO', '45', -8517],
                ['PR', '2', -2007],
              ],
              controlNumber: paid?.controlNumbers[0] ?? '',
            },
            {
              code: '71046',
              modifiers: ['26'],
              charge: -4000,
              paid: -760,
              adjustments: [
                ['CO', '45', -3050],
                ['PR', '2', -190],
              ],
              controlNumber: paid?.controlNumbers[1] ?? '',
            },
          ],
        },
      ],
      { trace: 'T2', controlNumber: 8 },
    );
    const response = await era(reversal, 'takeback.835');
    expect(response.statusCode, response.body).toBe(201);
    const a = await balancesOf(paid?.id ?? '');
    expect(
      a.balances.total(a.ids, {
        kind: 'payer',
        coverageId:
          (
            await db.query<{ coverage_id: string }>(
              'select coverage_id from claims where id = $1',
              [paid?.id ?? ''],
            )
          )[0]?.coverage_id ?? '',
      }),
    ).toBe(22550);
    expect(a.balances.total(a.ids, { kind: 'patient' })).toBe(0);
  });

  it('sends every claim of the real sample 835s to the unmatched worklist, or refuses an invalid file with located errors', async () => {
    const dir =
      process.env.MEDBILL_X12_SAMPLES_DIR ??
      join(import.meta.dirname, '../../../../shared/x12-samples');
    for (const name of readdirSync(join(dir, '835'))) {
      const text = readFileSync(join(dir, '835', name), 'latin1');
      const response = await era(text, name);
      const body = JSON.parse(response.body) as {
        unmatched?: number;
        claims?: number;
        posted?: unknown[];
        errors?: { path: string }[];
      };
      if (response.statusCode === 422) {
        expect(body.errors?.[0]?.path, name).toContain(name);
      } else {
        expect(response.statusCode, name).toBe(201);
        expect(body.posted, name).toEqual([]);
        expect(body.unmatched, name).toBe(body.claims);
      }
    }
  });
});

describe.skipIf(!postgresAvailable)('835 imported twice at the same moment', () => {
  it('posts once', async () => {
    const pair = await openPostgresPair();
    try {
      const api = await startTestApi(pair.first);
      const setup = await setUp(api, pair.first);
      const text = paidAndDenied(setup, 'RACE');
      const other = { ...api, app: api.app };
      const ctx = {
        orgId: api.orgId,
        actor: { id: 'test', name: 'Test', roles: ['admin' as const] },
        requestId: 'race',
        ip: 'local',
      };
      const results = await Promise.all([
        importEra(pair.first, ctx, { name: 'a.835', text }, '2026-03-20' as never),
        importEra(pair.second, ctx, { name: 'b.835', text }, '2026-03-20' as never),
      ]);
      expect(results.map((r) => r.alreadyImported).sort()).toEqual([false, true]);
      const files = await pair.first.query<{ n: number }>(
        'select count(*)::int as n from remittance_files',
      );
      expect(files[0]?.n).toBe(1);
      await other.app.close();
    } finally {
      await pair.close();
    }
  });
});
