import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import type { Database } from '@medbill/db';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { billEncounters, importRemittance } from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import { patientBody } from './fixtures.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

describe.each(databaseTargets())('patient payments and refunds on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  let patientId: string;
  let lineIds: string[];

  const post = async (url: string, payload: object) => {
    const response = await api.app.inject({ method: 'POST', url, payload });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };
  const patientOwes = async () => {
    const balances = Balances.of(await ledgerEntriesFor(db, api.orgId, lineIds));
    return balances.total(lineIds, { kind: 'patient' });
  };

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    const billed = await billEncounters(api, ['02']);
    patientId = billed.patientId;
    const claim = billed.claims[0]!;
    const lines = await claimLines(db, api.orgId, claim.id);
    lineIds = lines.map((l) => l.serviceLineId);
    const controls = lines.map((l) => l.controlNumber);
    const era = make835([paidClaim(claim.claimNumber, '22026079000999', controls)], {
      trace: 'PP-1',
      controlNumber: 41,
    });
    await importRemittance(api, 'pp.835', era);
    expect(await patientOwes()).toBe(2197);
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const pay = (amount: string, key: string) =>
    post(`/patients/${patientId}/payments`, { amount, method: 'card', idempotencyKey: key });

  it('applies a payment oldest line first, and records it once per key', async () => {
    const first = await pay('15.00', 'receipt-0001');
    expect(first.status).toBe(201);
    expect(first.body.receipt).toMatchObject({ amount: 1500, credit: 0, kind: 'payment' });
    const again = await pay('15.00', 'receipt-0001');
    expect(again).toMatchObject({ status: 200, body: { alreadyRecorded: true } });
    expect(await patientOwes()).toBe(697);
    const reused = await pay('99.00', 'receipt-0001');
    expect(reused.status).toBe(422);
  });

  it('keeps an overpayment as a credit on the credit-balance worklist, and refunds it', async () => {
    const over = await pay('10.00', 'receipt-0002');
    expect(over.body.receipt).toMatchObject({ amount: 1000, credit: 303 });
    expect(await patientOwes()).toBe(-303);
    const queue = await api.app.inject({ method: 'GET', url: '/worklists?kind=credit_balance' });
    expect(queue.json<{ items: { amount: number; summary: string }[] }>().items).toEqual([
      expect.objectContaining({
        amount: 303,
        summary: expect.stringContaining('$3.03 more than owed') as unknown,
      }),
    ]);
    const tooMuch = await post(`/patients/${patientId}/refunds`, {
      amount: '3.04',
      method: 'check',
      idempotencyKey: 'refund-0001',
    });
    expect(tooMuch.status).toBe(422);
    expect(JSON.stringify(tooMuch.body)).toContain('credit of $3.03');
    const refund = await post(`/patients/${patientId}/refunds`, {
      amount: '3.03',
      method: 'check',
      reference: 'CK 5512',
      idempotencyKey: 'refund-0002',
    });
    expect(refund.status).toBe(201);
    expect(await patientOwes()).toBe(0);
    const receipts = await api.app.inject({
      method: 'GET',
      url: `/patients/${patientId}/receipts`,
    });
    expect(receipts.json<{ items: { kind: string }[] }>().items.map((r) => r.kind)).toEqual([
      'refund',
      'payment',
      'payment',
    ]);
  });

  it('posts concurrent payments to one account one after the other', async () => {
    const results = await Promise.all(
      ['a', 'b', 'c'].map((k) => pay('1.00', `concurrent-${k}-0001`)),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await patientOwes()).toBe(-300);
  });

  it('refuses a payment for a patient with nothing charged, changing nothing', async () => {
    const other = String(
      (await post('/patients', { patient: { ...patientBody, firstName: 'Nadia' } })).body.id,
    );
    const refused = await post(`/patients/${other}/payments`, {
      amount: '20.00',
      method: 'cash',
      idempotencyKey: 'receipt-nothing',
    });
    expect(refused.status).toBe(422);
    const receipts = await api.app.inject({ method: 'GET', url: `/patients/${other}/receipts` });
    expect(receipts.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
