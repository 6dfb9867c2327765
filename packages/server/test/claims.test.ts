import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { patientBody } from './fixtures.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

describe.each(databaseTargets())('claims on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  const ids = { practice: '', provider: '', payer: '', insured: '', selfPay: '' };

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const response = await api.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return {
      status: response.statusCode,
      body: JSON.parse(response.body) as Record<string, unknown>,
    };
  };
  const encounter = (
    patientId: string,
    date: string,
    lines: unknown[],
    diagnoses = ['I10', 'E78.5'],
  ) => ({
    patientId,
    practiceId: ids.practice,
    renderingProviderId: ids.provider,
    placeOfService: '11',
    serviceDateFrom: date,
    diagnoses,
    lines,
  });

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    Object.assign(ids, await setUpPractice(api));
    ids.insured = await registerInsuredPatient(api, ids.payer);
    ids.selfPay = String(
      (await call('POST', '/patients', { patient: { ...patientBody, firstName: 'Cash' } })).body.id,
    );
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  it('builds one draft claim per encounter, posts its charges, and never bills a line twice', async () => {
    const e1 = await call(
      'POST',
      '/encounters',
      encounter(ids.insured, '2026-03-02', [
        { procedureCode: '99214', diagnosisPointers: [1, 2] },
        { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
      ]),
    );
    const e2 = await call(
      'POST',
      '/encounters',
      encounter(ids.selfPay, '2026-03-03', [{ procedureCode: '99213', diagnosisPointers: [1] }]),
    );
    const built = await call('POST', '/claims/build', {});
    expect(built.status).toBe(201);
    const result = built.body as {
      claims: { id: string; claimNumber: string; totalCharge: number; lines: number }[];
      selfPay: { encounterId: string; totalCharge: number }[];
      skipped: { encounterId: string; reason: string }[];
    };
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]).toMatchObject({ totalCharge: 22550, lines: 2 });
    expect(result.selfPay).toEqual([
      { encounterId: e2.body.id, patientId: ids.selfPay, lines: 1, totalCharge: 12500 },
    ]);
    expect(result.skipped).toEqual([]);

    const claim = (await call('GET', `/claims/${result.claims[0]?.id}`)).body as Record<
      string,
      unknown
    > & { lines: { controlNumber: string; balance: number }[]; events: { toStatus: string }[] };
    expect(claim).toMatchObject({
      status: 'ready',
      frequency: '1',
      diagnoses: ['I10', 'E785'],
      balance: 22550,
      payerBalance: 22550,
    });
    expect(claim.lines.map((l) => l.controlNumber)).toEqual([
      `${String(claim.claimNumber)}-1`,
      `${String(claim.claimNumber)}-2`,
    ]);
    expect(claim.events.map((e) => e.toStatus)).toEqual(['draft', 'ready']);

    const again = (await call('POST', '/claims/build', { encounterIds: [e1.body.id] })).body as {
      claims: unknown[];
      skipped: { reason: string }[];
    };
    expect(again.claims).toEqual([]);
    expect(again.skipped[0]?.reason).toBe('already billed');
    const encounterAfter = await call('GET', `/encounters/${String(e1.body.id)}`);
    expect(encounterAfter.body.status).toBe('billed');
    const edit = await call(
      'PUT',
      `/encounters/${String(e1.body.id)}`,
      encounter(ids.insured, '2026-03-02', [{ procedureCode: '99213', diagnosisPointers: [1] }]),
    );
    expect(edit.status).toBe(409);
  });

  it('scrubs each new claim, keeps one with a rejection in draft, and filters claims by rule', async () => {
    const future = await call(
      'POST',
      '/encounters',
      encounter(ids.insured, '2026-03-12', [{ procedureCode: '99213', diagnosisPointers: [1] }]),
    );
    const built = (await call('POST', '/claims/build', { encounterIds: [future.body.id] }))
      .body as { claims: { id: string; status: string; issues: number }[] };
    expect(built.claims[0]).toMatchObject({ status: 'draft', issues: 1 });
    const id = built.claims[0]?.id ?? '';
    const detail = (await call('GET', `/claims/${id}`)).body as {
      issues: { ruleId: string; severity: string; location: unknown }[];
    };
    expect(detail.issues).toEqual([
      expect.objectContaining({
        ruleId: 'DATE-DOS-001',
        severity: 'reject',
        location: { scope: 'line', line: 1 },
      }),
    ]);
    const byRule = (await call('GET', '/claims?ruleId=DATE-DOS-001')).body as {
      items: { id: string }[];
    };
    expect(byRule.items.map((c) => c.id)).toEqual([id]);
    const rescrub = await call('POST', `/claims/${id}/scrub`);
    expect(rescrub.status).toBe(200);
    expect((rescrub.body as { issues: unknown[] }).issues).toHaveLength(1);
  });

  it('keeps the ledger append-only in the database itself', async () => {
    await expect(db.query('update ledger_entries set amount_cents = 1')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(db.query('delete from ledger_entries')).rejects.toMatchObject({ code: '42501' });
    await expect(db.query("update audit_log set actor_id = 'someone else'")).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(db.query('delete from claim_events')).rejects.toMatchObject({ code: '42501' });
  });

  it('lists claims by status and refuses unknown encounters without writing', async () => {
    const drafts = (await call('GET', '/claims?status=ready')).body as { total: number };
    expect(drafts.total).toBe(1);
    const bad = await call('POST', '/claims/build', {
      encounterIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.status).toBe(422);
    expect(((await call('GET', '/claims')).body as { total: number }).total).toBe(2);
  });

  it('refuses claim work to a role without it', async () => {
    api.role = 'coder';
    try {
      expect((await call('POST', '/claims/build', {})).status).toBe(403);
      expect((await call('GET', '/claims')).status).toBe(200);
    } finally {
      api.role = 'admin';
    }
  });
});
