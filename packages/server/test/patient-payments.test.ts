import { beforeAll, expect, it } from 'vitest';
import { accountLineId, Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import {
  billEncounters,
  importRemittance,
  registerInsuredPatient,
  setUpPractice,
} from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';
import { encounterBody } from './fixtures.ts';

describeWithApi('patient payments and refunds on $name', (env) => {
  let patientId: string;
  let lineIds: string[];

  const post = async (url: string, payload: object) => {
    const response = await env.api.app.inject({ method: 'POST', url, payload });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };
  const patientOwes = async () => {
    const balances = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, lineIds));
    return balances.total(lineIds, { kind: 'patient' });
  };

  beforeAll(async () => {
    const billed = await billEncounters(env.api, ['02']);
    patientId = billed.patientId;
    const claim = billed.claims[0]!;
    const lines = await claimLines(env.db, env.api.orgId, claim.id);
    lineIds = lines.map((l) => l.serviceLineId);
    const controls = lines.map((l) => l.controlNumber);
    const era = make835([paidClaim(claim.claimNumber, '22026079000999', controls)], {
      trace: 'PP-1',
      controlNumber: 41,
    });
    await importRemittance(env.api, 'pp.835', era);
    expect(await patientOwes()).toBe(2197);
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
    const queue = await env.api.app.inject({
      method: 'GET',
      url: '/worklists?kind=credit_balance',
    });
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
    const receipts = await env.api.app.inject({
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
});

interface LedgerRow {
  seq: number;
  kind: string;
  amount: number;
  effect: number;
  party?: string;
  unapplied?: true;
  procedureCode?: string;
}

describeWithApi('a copay taken before the visit is charged, on $name', (env) => {
  let setup: { practice: string; provider: string; payer: string };
  let patientId: string;

  const ledger = async (id = patientId) =>
    ((await env.call('GET', `/patients/${id}/ledger`)).body as { entries: LedgerRow[] }).entries;
  const creditItems = async (status: 'open' | 'resolved') =>
    (
      (await env.call('GET', `/worklists?kind=credit_balance&status=${status}`)).body as {
        items: {
          id: string;
          serviceLineId?: string;
          amount: number;
          summary: string;
          detail: { patientId: string };
        }[];
      }
    ).items;
  const copay = (id: string, amount: string, key: string) =>
    env.call('POST', `/patients/${id}/payments`, { amount, method: 'card', idempotencyKey: key });

  beforeAll(async () => {
    setup = await setUpPractice(env.api);
    patientId = await registerInsuredPatient(env.api, setup.payer);
  });

  it('keeps the copay on the account, unapplied, in the ledger and on the credit-balance worklist', async () => {
    const paid = await copay(patientId, '25.00', 'checkin-0001');
    expect(paid.status, paid.text).toBe(201);
    expect(paid.body.receipt).toMatchObject({ amount: 2500, credit: 2500 });
    expect(await ledger()).toEqual([
      expect.objectContaining({
        kind: 'payment',
        amount: 2500,
        effect: -2500,
        party: 'patient',
        unapplied: true,
      }),
    ]);
    const [item] = await creditItems('open');
    expect(item).toMatchObject({ amount: 2500, detail: { patientId } });
    expect(item?.serviceLineId).toBeUndefined();
    expect(item?.summary).toContain('paid $25.00 before any service was charged');
  });

  it('applies it to the visit when its charges are posted, with new entries only', async () => {
    const before = await ledger();
    await env.call(
      'POST',
      '/encounters',
      encounterBody(
        { patientId, practiceId: setup.practice, renderingProviderId: setup.provider },
        '2026-03-02',
      ),
    );
    const built = await env.call('POST', '/claims/build', {});
    expect(built.status, built.text).toBe(201);
    const after = await ledger();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(
      after
        .slice(before.length)
        .map((e) => [e.kind, e.amount, e.effect, e.procedureCode ?? 'account']),
    ).toEqual([
      ['charge', 18550, 18550, '99214'],
      ['charge', 4000, 4000, '71046'],
      ['application', 2500, 2500, 'account'],
      ['payment', 2500, -2500, '99214'],
    ]);
    expect(after.reduce((sum, e) => sum + e.effect, 0)).toBe(22550 - 2500);
    expect(await creditItems('open')).toEqual([]);
    const [resolved] = await creditItems('resolved');
    const history = (await env.call('GET', `/worklists/${resolved?.id}/history`)).body as {
      history: { action: string; text: string }[];
    };
    expect(history.history).toEqual([
      expect.objectContaining({
        action: 'resolve',
        text: 'The payment on account was applied to the visit’s charges; nothing is left unapplied.',
      }),
    ]);
  });

  it('leaves the patient owing exactly what the payer left less the copay, to the cent', async () => {
    const claim = (
      (await env.call('GET', `/claims?patientId=${patientId}`)).body as {
        items: { id: string; claimNumber: string }[];
      }
    ).items[0]!;
    const lines = await claimLines(env.db, env.api.orgId, claim.id);
    await importRemittance(
      env.api,
      'copay.835',
      make835(
        [
          paidClaim(
            claim.claimNumber,
            '22026079000777',
            lines.map((l) => l.controlNumber),
          ),
        ],
        {
          trace: 'COPAY-1',
          controlNumber: 91,
        },
      ),
    );
    const ids = [accountLineId(patientId), ...lines.map((l) => l.serviceLineId)];
    const balances = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, ids));
    const [em, xray] = lines.map((l) => l.serviceLineId);
    // PR-2 coinsurance 20.07 on the E/M less the 25.00 copay; 1.90 on the X-ray.
    expect(balances.owed(em ?? '', { kind: 'patient' })).toBe(2007 - 2500);
    expect(balances.owed(xray ?? '', { kind: 'patient' })).toBe(190);
    expect(balances.owed(accountLineId(patientId), { kind: 'patient' })).toBe(0);
    expect(balances.total(ids, { kind: 'patient' })).toBe(2197 - 2500);
    expect(balances.total(ids)).toBe(-303);
    expect((await ledger()).reduce((sum, e) => sum + e.effect, 0)).toBe(-303);
  });

  it('refunds money still on the account, resolving its credit-balance item', async () => {
    const other = await registerInsuredPatient(env.api, setup.payer);
    expect((await copay(other, '20.00', 'checkin-0002')).status).toBe(201);
    const refund = await env.call('POST', `/patients/${other}/refunds`, {
      amount: '20.00',
      method: 'card',
      idempotencyKey: 'refund-checkin-0002',
    });
    expect(refund.status, refund.text).toBe(201);
    expect((await ledger(other)).map((e) => [e.kind, e.effect, e.unapplied])).toEqual([
      ['payment', -2000, true],
      ['refund', 2000, true],
    ]);
    expect((await creditItems('open')).filter((i) => i.detail.patientId === other)).toEqual([]);
  });
});
