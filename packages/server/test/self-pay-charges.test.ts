import { beforeAll, expect, it } from 'vitest';
import { accountLineId, Balances } from '@medbill/core';
import { ledgerEntriesFor } from '@medbill/db';
import { caller, setUpPractice } from './billing-flow.ts';
import { coverageBody, encounterBody, patientBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

interface BuildResult {
  claims: { id: string; totalCharge: number }[];
  selfPay: { encounterId: string; patientId: string; lines: number; totalCharge: number }[];
  skipped: { encounterId: string; reason: string }[];
}

describeWithApi('self-pay visits on $name', (env) => {
  const ids = { practice: '', provider: '', payer: '' };

  beforeAll(async () => {
    Object.assign(ids, await setUpPractice(env.api));
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    caller(env.api)(method, url, payload);
  const newPatient = async (firstName: string) =>
    String((await call('POST', '/patients', { patient: { ...patientBody, firstName } })).body.id);
  const visit = async (patientId: string, day: string) =>
    String(
      (
        await call(
          'POST',
          '/encounters',
          encounterBody(
            { patientId, practiceId: ids.practice, renderingProviderId: ids.provider },
            `2026-03-${day}`,
          ),
        )
      ).body.id,
    );
  const build = async (encounterIds?: string[]) => {
    const response = await call('POST', '/claims/build', encounterIds ? { encounterIds } : {});
    expect(response.status).toBe(201);
    return response.body as unknown as BuildResult;
  };
  const linesOf = async (encounterId: string) =>
    (
      (await call('GET', `/encounters/${encounterId}`)).body as { lines: { id: string }[] }
    ).lines.map((l) => l.id);
  const balances = async (lineIds: string[]) =>
    Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, lineIds));

  it('charges a visit with no coverage in force to the patient, once, with no claim', async () => {
    const patientId = await newPatient('Cash');
    const encounterId = await visit(patientId, '02');
    const built = await build([encounterId]);
    expect(built.claims).toEqual([]);
    expect(built.skipped).toEqual([]);
    expect(built.selfPay).toEqual([{ encounterId, patientId, lines: 2, totalCharge: 22550 }]);

    const lineIds = await linesOf(encounterId);
    const entries = await ledgerEntriesFor(env.db, env.api.orgId, lineIds);
    expect(entries.map((e) => [e.kind, e.kind === 'charge' ? e.party.kind : ''])).toEqual([
      ['charge', 'patient'],
      ['charge', 'patient'],
    ]);
    expect((await balances(lineIds)).total(lineIds, { kind: 'patient' })).toBe(22550);
    expect((await call('GET', `/encounters/${encounterId}`)).body.status).toBe('billed');

    const again = await build([encounterId]);
    expect(again.selfPay).toEqual([]);
    expect(again.skipped).toEqual([
      { encounterId, reason: 'self-pay: already charged to the patient' },
    ]);
    expect(await ledgerEntriesFor(env.db, env.api.orgId, lineIds)).toHaveLength(2);
    const ledger = (await call('GET', `/patients/${patientId}/ledger`)).body as {
      entries: { kind: string; amount: number; party: string; source: string }[];
    };
    expect(ledger.entries.map((e) => [e.kind, e.amount, e.party, e.source])).toEqual([
      ['charge', 18550, 'patient', `self-pay:${encounterId}`],
      ['charge', 4000, 'patient', `self-pay:${encounterId}`],
    ]);
  });

  it('says in the live scrub that a self-pay visit makes no claim to scrub, saving nothing', async () => {
    const patientId = await newPatient('Preview');
    const encounterId = await visit(patientId, '06');
    const body = encounterBody(
      { patientId, practiceId: ids.practice, renderingProviderId: ids.provider },
      '2026-03-06',
    );
    const preview = await call('POST', `/encounters/${encounterId}/scrub-preview`, body);
    expect(preview.status).toBe(200);
    const { claims, skipped } = preview.body as {
      claims: unknown[];
      skipped: { encounterId: string; reason: string }[];
    };
    expect(claims).toEqual([]);
    expect(skipped.map((s) => s.encounterId)).toEqual([encounterId]);
    expect(skipped[0]?.reason).toMatch(/^self-pay: no coverage in force/);
    expect(await ledgerEntriesFor(env.db, env.api.orgId, await linesOf(encounterId))).toEqual([]);
  });

  it('applies a payment taken at check-in to the self-pay charges', async () => {
    const patientId = await newPatient('Prepaid');
    const paid = await call('POST', `/patients/${patientId}/payments`, {
      amount: '40.00',
      method: 'cash',
      idempotencyKey: 'self-pay-checkin-1',
    });
    expect(paid.status).toBe(201);
    const encounterId = await visit(patientId, '03');
    expect((await build([encounterId])).selfPay).toHaveLength(1);
    const lineIds = await linesOf(encounterId);
    const after = await balances([...lineIds, accountLineId(patientId)]);
    expect(after.total(lineIds, { kind: 'patient' })).toBe(22550 - 4000);
  });

  it('moves a self-pay charge to the payer when coverage entered later is billed', async () => {
    const patientId = await newPatient('Retro');
    const encounterId = await visit(patientId, '04');
    expect((await build([encounterId])).selfPay).toHaveLength(1);
    const coverage = await call(
      'POST',
      `/patients/${patientId}/coverages`,
      coverageBody(ids.payer),
    );
    expect(coverage.status).toBe(201);

    const billed = await build([encounterId]);
    expect(billed.selfPay).toEqual([]);
    expect(billed.claims).toHaveLength(1);
    expect(billed.claims[0]?.totalCharge).toBe(22550);
    const lineIds = await linesOf(encounterId);
    const entries = await ledgerEntriesFor(env.db, env.api.orgId, lineIds);
    expect(entries.map((e) => e.kind)).toEqual(['charge', 'charge', 'transfer', 'transfer']);
    const now = await balances(lineIds);
    expect(now.total(lineIds, { kind: 'patient' })).toBe(0);
    const claim = (await call('GET', `/claims/${billed.claims[0]?.id}`)).body;
    expect(claim).toMatchObject({ balance: 22550, payerBalance: 22550 });
  });

  it('refuses to bill a self-pay visit the patient has paid on, and changes nothing', async () => {
    const patientId = await newPatient('Partly');
    const encounterId = await visit(patientId, '05');
    expect((await build([encounterId])).selfPay).toHaveLength(1);
    const paid = await call('POST', `/patients/${patientId}/payments`, {
      amount: '10.00',
      method: 'check',
      reference: '1001',
      idempotencyKey: 'self-pay-partly-1',
    });
    expect(paid.status).toBe(201);
    await call('POST', `/patients/${patientId}/coverages`, coverageBody(ids.payer));
    const lineIds = await linesOf(encounterId);
    const before = await ledgerEntriesFor(env.db, env.api.orgId, lineIds);

    const refused = await call('POST', '/claims/build', { encounterIds: [encounterId] });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toMatch(/cannot transfer \$\d+\.\d\d/);
    expect(await ledgerEntriesFor(env.db, env.api.orgId, lineIds)).toEqual(before);
    const claims = (await call('GET', `/claims?patientId=${patientId}`)).body as {
      items: unknown[];
    };
    expect(claims.items).toEqual([]);
  });
});
