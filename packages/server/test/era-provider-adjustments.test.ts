import { beforeAll, expect, it } from 'vitest';
import { payerAccountLineId } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimDetail {
  status: string;
  balance: number;
  payerBalance: number;
  events: { reason: string; fromStatus?: string; toStatus: string }[];
}

interface RemittanceDetail {
  payment: number;
  claimPayments: {
    patientControlNumber: string;
    paid: number;
    interest?: number;
    claimId?: string;
    lines: { entries: { kind: string; amount: number }[] }[];
  }[];
  providerAdjustments: Record<string, unknown>[];
  reconciliation: Record<string, unknown>;
  payerAccounts: Record<string, unknown>[];
}

/** The coinsurance {@link paidClaim} leaves to the patient: PR-2 $20.07 + $1.90. */
const PATIENT_SHARE = 2197;
/** What {@link paidClaim} pays: $80.26 + $7.60. */
const CLAIM_PAID = 8786;

describeWithApi('provider-level adjustments and claim interest, on $name', (env) => {
  let practice: BilledPractice;
  let recouped = { id: '', claimNumber: '' };
  let late = { id: '', claimNumber: '' };
  let aprilId = '';
  let aprilEra = '';
  let marchId = '';
  let payerId = '';
  const claim = async (id: string) =>
    (await env.call('GET', `/claims/${id}`)).body as unknown as ClaimDetail;
  const view = async (id: string) =>
    (await env.call('GET', `/remittances/${id}`)).body as unknown as RemittanceDetail;
  const controlNumbers = async (id: string) =>
    (await claimLines(env.db, env.api.orgId, id)).map((l) => l.controlNumber);

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['02', '09']);
    [recouped, late] = practice.claims as [typeof recouped, typeof late];
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
    const payers = await env.db.query<{ id: string }>('select id from payers where org_id = $1', [
      env.api.orgId,
    ]);
    payerId = payers[0]?.id ?? '';
    const march = await importRemittance(
      env.api,
      'march.835',
      make835([paidClaim(recouped.claimNumber, 'PCN-EARLY-1', await controlNumbers(recouped.id))], {
        trace: 'TRACE-PLB-1',
        controlNumber: 91,
      }),
    );
    marchId = String(march.fileId);
    aprilEra = make835(
      [
        {
          ...paidClaim(late.claimNumber, 'PCN-LATE-2', await controlNumbers(late.id)),
          interest: 520,
        },
      ],
      {
        trace: 'TRACE-PLB-2',
        controlNumber: 92,
        providerAdjustments: [
          { reason: 'L6', reference: 'PCN-LATE-2', amount: -520 },
          { reason: 'WO', reference: 'PCN-EARLY-1', amount: 2500 },
          { reason: 'CS', reference: 'ROUNDING', amount: 1 },
        ],
      },
    );
    const imported = await importRemittance(env.api, 'april.835', aprilEra);
    expect(imported).toMatchObject({ alreadyImported: false, providerAdjustments: 3 });
    aprilId = String(imported.fileId);
  });

  it('shows each adjustment in words with its reference, and the recouped claim to follow', async () => {
    const { providerAdjustments } = await view(aprilId);
    expect(providerAdjustments).toEqual([
      {
        position: 1,
        providerId: '1234567893',
        reason: 'L6',
        reasonText: 'Interest owed',
        reference: 'PCN-LATE-2',
        amount: -520,
        postedTo: { payerId, payerName: 'Medicare Part B' },
      },
      {
        position: 2,
        providerId: '1234567893',
        reason: 'WO',
        reasonText: 'Overpayment recovery',
        reference: 'PCN-EARLY-1',
        amount: 2500,
        claimId: recouped.id,
        claimNumber: recouped.claimNumber,
        postedTo: { payerId, payerName: 'Medicare Part B' },
      },
      {
        position: 3,
        providerId: '1234567893',
        reason: 'CS',
        reasonText: 'Adjustment',
        reference: 'ROUNDING',
        amount: 1,
        postedTo: { payerId, payerName: 'Medicare Part B' },
      },
    ]);
  });

  it('reconciles the file to the deposit: claims − adjustments = paid, in the file and in the ledger', async () => {
    const r = await view(aprilId);
    const deposit = CLAIM_PAID - (-520 + 2500 + 1);
    expect(r.payment).toBe(deposit);
    expect(r.reconciliation).toEqual({
      claimPayments: CLAIM_PAID,
      providerAdjustments: 1981,
      payment: deposit,
      balanced: true,
      ledger: deposit,
    });
    expect((await view(marchId)).reconciliation).toMatchObject({
      payment: CLAIM_PAID,
      ledger: CLAIM_PAID,
    });
  });

  it("posts each adjustment to the payer's account: interest added, recoupments withheld", async () => {
    const account = payerAccountLineId(payerId);
    expect(await ledgerEntriesFor(env.db, env.api.orgId, [account])).toEqual([
      {
        id: `era:${aprilId}:plb:1`,
        kind: 'provider_adjustment',
        lineId: account,
        postedOn: '2026-03-10',
        amount: 520,
        direction: 'added',
        reason: 'L6',
        reference: 'PCN-LATE-2',
      },
      expect.objectContaining({ amount: 2500, direction: 'withheld', reason: 'WO' }),
      expect.objectContaining({ amount: 1, direction: 'withheld', reason: 'CS' }),
    ]);
    const sources = await env.db.query<{ source: string }>(
      'select distinct source from ledger_entries where org_id = $1 and payer_account_id = $2',
      [env.api.orgId, payerId],
    );
    expect(sources).toEqual([{ source: `era:${aprilId}` }]);
    expect((await view(aprilId)).payerAccounts).toEqual([
      {
        payerId,
        payerName: 'Medicare Part B',
        interest: 520,
        recouped: 2500,
        forwardingBalanceOwed: 0,
        byReason: [
          { reason: 'L6', net: 520 },
          { reason: 'WO', net: -2500 },
          { reason: 'CS', net: -1 },
        ],
      },
    ]);
  });

  it('records the claim interest apart, posting only what each line paid', async () => {
    const [payment] = (await view(aprilId)).claimPayments;
    expect(payment).toMatchObject({ claimId: late.id, paid: CLAIM_PAID, interest: 520 });
    const paid = payment?.lines.flatMap((l) => l.entries.filter((e) => e.kind === 'payment'));
    expect(paid?.map((e) => e.amount)).toEqual([8026, 760]);
    const detail = await claim(late.id);
    expect(detail).toMatchObject({ status: 'paid', balance: PATIENT_SHARE, payerBalance: 0 });
  });

  it("notes the recoupment in the earlier claim's history, leaving its balances as they were", async () => {
    const detail = await claim(recouped.id);
    expect(detail).toMatchObject({ status: 'paid', balance: PATIENT_SHARE, payerBalance: 0 });
    expect(detail.events.filter((e) => e.reason.startsWith('recouped'))).toEqual([
      expect.objectContaining({
        fromStatus: 'paid',
        toStatus: 'paid',
        reason: 'recouped $25.00 by MEDICARE PART B in april.835 (PLB WO overpayment recovery)',
      }),
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const entries = async () =>
      (
        await env.db.query<{ n: number }>(
          'select count(*)::int as n from ledger_entries where org_id = $1',
          [env.api.orgId],
        )
      )[0]?.n;
    const entriesBefore = await entries();
    const before = {
      recouped: await claim(recouped.id),
      late: await claim(late.id),
      view: await view(aprilId),
      ledger: (await env.call('GET', `/patients/${practice.patientId}/ledger`)).body,
    };
    const again = await importRemittance(env.api, 'april-again.835', aprilEra);
    expect(again).toMatchObject({ alreadyImported: true, fileId: aprilId });
    expect(await claim(recouped.id)).toEqual(before.recouped);
    expect(await claim(late.id)).toEqual(before.late);
    expect(await view(aprilId)).toEqual(before.view);
    expect((await env.call('GET', `/patients/${practice.patientId}/ledger`)).body).toEqual(
      before.ledger,
    );
    expect(await entries()).toBe(entriesBefore);
  });
});
