import { beforeAll, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { read837i, validateX12 } from '@medbill/x12';
import { importRemittance, registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import {
  inpatientBillBody,
  operatingSurgeonBody,
  outpatientBillBody,
  inpatientPaidLines,
  outpatientPaidLines,
} from './facility-bill-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimView {
  id: string;
  claimNumber: string;
  lines: { controlNumber: string; serviceLineId: string }[];
}

describeWithApi('corrected and void facility claims on $name', (env) => {
  let stay: ClaimView;
  let visit: ClaimView;
  const versions: { corrected?: string; voided?: string } = {};

  const ledgerOf = async (claimId: string) => {
    const lines = await claimLines(env.db, env.api.orgId, claimId);
    const entries = await ledgerEntriesFor(
      env.db,
      env.api.orgId,
      lines.map((l) => l.serviceLineId),
    );
    return { entries, balances: Balances.of(entries), lineIds: lines.map((l) => l.serviceLineId) };
  };

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
    const patient = await registerInsuredPatient(env.api, payer);
    const ids = { patient, practice, attending: provider, operating };
    await env.call('POST', '/facility-bills', inpatientBillBody(ids));
    await env.call('POST', '/facility-bills', outpatientBillBody(ids));
    const built = (await env.call('POST', '/claims/build', {})).body.claims as { id: string }[];
    expect(built).toHaveLength(2);
    const batched = await env.call('POST', '/batches', {});
    expect(batched.status, batched.text).toBe(201);
    const [outpatient, inpatient] = await Promise.all(
      built.map(
        async (c) => (await env.call('GET', `/claims/${c.id}`)).body as unknown as ClaimView,
      ),
    );
    stay = inpatient!;
    visit = outpatient!;
    const controlNumbers = (claim: ClaimView) => claim.lines.map((l) => l.controlNumber);
    const era = make835(
      [
        {
          claimNumber: stay.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000401',
          lines: inpatientPaidLines(controlNumbers(stay), {
            paid: 23255,
            adjustments: [['CO', '45', 8000]],
          }),
        },
        {
          claimNumber: visit.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000402',
          lines: outpatientPaidLines(controlNumbers(visit)),
        },
      ],
      { trace: 'EFT-UB-V', controlNumber: 8301 },
    );
    await importRemittance(env.api, 'facility-versions.835', era);
  });

  it('refuses to change a facility claim’s diagnoses or pointers, changing nothing', async () => {
    const before = await ledgerOf(stay.id);
    const refused = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'principal diagnosis was wrong',
      diagnoses: ['J15.9'],
      lines: [{ serviceLineId: stay.lines[2]?.serviceLineId, diagnosisPointers: [1] }],
    });
    expect(refused.status).toBe(422);
    expect((refused.body.errors as { code: string }[]).map((e) => e.code)).toEqual([
      'facility_diagnoses',
      'facility_pointers',
    ]);
    expect((await ledgerOf(stay.id)).entries).toEqual(before.entries);
    const lowered = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'room charge entered wrong',
      lines: [{ serviceLineId: stay.lines[0]?.serviceLineId, charge: '4000.00' }],
    });
    expect(lowered.status).toBe(422);
    expect((lowered.body.errors as { message: string }[])[0]?.message).toMatch(
      /^line 1 \(revenue code 0120\): lowering the charge by \$500\.00 needs/,
    );
    const { serviceDateFrom } = (await env.call('GET', `/claims/${stay.id}`)).body as {
      serviceDateFrom: string;
    };
    const outside = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'room charge dated wrong',
      lines: [{ serviceLineId: stay.lines[0]?.serviceLineId, serviceDate: '2026-02-01' }],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.errors).toEqual([
      expect.objectContaining({
        path: 'lines.0.serviceDate',
        code: 'outside_statement',
        message: expect.stringContaining(
          `outside the statement period ${serviceDateFrom}–`,
        ) as unknown,
      }),
    ]);
    expect((await ledgerOf(stay.id)).entries).toEqual(before.entries);
  });

  it('corrects a paid facility claim as type of bill 117, keeping every payment', async () => {
    const before = await ledgerOf(stay.id);
    const corrected = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'a third CBC was drawn and not charged',
      lines: [{ serviceLineId: stay.lines[2]?.serviceLineId, units: 3, charge: '147.00' }],
    });
    expect(corrected.status, corrected.text).toBe(201);
    expect(corrected.body).toMatchObject({
      version: 2,
      frequency: '7',
      replaces: { id: stay.id },
      status: 'ready',
      issues: 0,
      ledgerEntries: 1,
    });
    versions.corrected = String(corrected.body.id);
    const readBack = (await env.call('GET', `/claims/${versions.corrected}`)).body;
    expect(readBack).toMatchObject({
      kind: 'institutional',
      placeOfService: '11',
      frequency: '7',
      payerClaimNumber: 'A26070000401',
      totalCharge: 491055 + 4900,
    });
    const after = await ledgerOf(stay.id);
    expect(after.entries.slice(0, before.entries.length)).toEqual(before.entries);
    expect(after.entries.slice(before.entries.length)).toMatchObject([
      { kind: 'charge', supplement: true, amount: 4900 },
    ]);
  });

  it('voids a paid facility claim as type of bill 138: open balances written off, payments stay', async () => {
    const voided = await env.call('POST', `/claims/${visit.id}/void`, {
      reason: 'billed under the wrong patient',
    });
    expect(voided.status, voided.text).toBe(201);
    expect(voided.body).toMatchObject({ frequency: '8', version: 2, status: 'ready' });
    versions.voided = String(voided.body.id);
    const { entries, balances, lineIds } = await ledgerOf(visit.id);
    for (const id of lineIds) expect(balances.lineBalance(id)).toBe(0);
    const paid = entries.filter((e) => e.kind === 'payment').reduce((s, e) => s + e.amount, 0);
    expect(paid).toBe(40000 + 10000);
  });

  it('sends both in one 837I with CLM05 11:A:7 and 13:A:8 and REF*F8', async () => {
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
    const batches = made.body.batches as { id: string; transactionType: string }[];
    expect(batches.map((b) => b.transactionType)).toEqual(['837I']);
    const text = (await env.call('GET', `/batches/${batches[0]?.id}/file`)).text;
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const { claims, issues } = read837i(text);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const numbers = await Promise.all(
      [versions.corrected, versions.voided].map(
        async (id) => (await env.call('GET', `/claims/${id}`)).body.claimNumber,
      ),
    );
    const sent = numbers.map((n) => claims.find((c) => c.claimId === n));
    expect(sent.map((c) => [c?.facilityType, c?.frequency, c?.payerClaimControlNumber])).toEqual([
      ['11', '7', 'A26070000401'],
      ['13', '8', 'A26070000402'],
    ]);
    expect(claims).toHaveLength(2);
    const [correctedStay] = sent;
    expect(correctedStay?.lines.map((l) => [l.revenueCode, l.charge, l.units])).toEqual([
      ['0120', 450000, 3],
      ['0250', 31255, 1],
      ['0300', 14700, 3],
    ]);
    expect(correctedStay?.charge).toBe(495955);
  });
});
