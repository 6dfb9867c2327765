import { beforeAll, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { read837p, validateX12 } from '@medbill/x12';
import {
  batchReady,
  importRemittance,
  registerInsuredPatient,
  setUpPractice,
} from './billing-flow.ts';
import { make835, withControl } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

/**
 * A flu shot from state-supplied stock: the vaccine (90656-SL) is billed at $0.00 beside its
 * administration (90471) and the visit, as Medicaid and VFC programs ask.
 */
describeWithApi('lines billed at zero on $name', (env) => {
  let claim: { id: string; claimNumber: string; totalCharge: number };

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const patientId = await registerInsuredPatient(env.api, payer);
    const encounter = await env.call('POST', '/encounters', {
      patientId,
      practiceId: practice,
      renderingProviderId: provider,
      placeOfService: '11',
      serviceDateFrom: '2026-03-02',
      diagnoses: ['Z23'],
      lines: [
        { procedureCode: '99213', modifiers: ['25'], charge: '120.00', diagnosisPointers: [1] },
        { procedureCode: '90471', charge: '25.00', diagnosisPointers: [1] },
        { procedureCode: '90656', modifiers: ['SL'], charge: '0.00', diagnosisPointers: [1] },
      ],
    });
    expect(encounter.status, encounter.text).toBe(201);
    const built = await env.call('POST', '/claims/build', {});
    expect(built.status, built.text).toBe(201);
    const claims = (built.body as { claims: (typeof claim)[] }).claims;
    expect(claims).toHaveLength(1);
    claim = claims[0]!;
  });

  const lineIds = async () =>
    (await claimLines(env.db, env.api.orgId, claim.id)).map((l) => l.serviceLineId);

  it('builds the claim with the $0.00 line and charges the payer only what is owed', async () => {
    expect(claim.totalCharge).toBe(14500);
    const ids = await lineIds();
    expect(ids).toHaveLength(3);
    const entries = await ledgerEntriesFor(env.db, env.api.orgId, ids);
    expect(entries.map((e) => [e.kind, e.lineId, e.amount])).toEqual([
      ['charge', ids[0], 12000],
      ['charge', ids[1], 2500],
    ]);
  });

  it('sends the $0.00 line in the 837P, which the X12 engine accepts', async () => {
    const text = await batchReady(env.api);
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const { claims } = read837p(text);
    expect(
      claims[0]?.lines.map((l) => [l.procedure.code, l.procedure.modifiers, l.charge]),
    ).toEqual([
      ['99213', ['25'], 12000],
      ['90471', [], 2500],
      ['90656', ['SL'], 0],
    ]);
  });

  it('posts the payment without calling the $0.00 line a denial', async () => {
    const controls = (await claimLines(env.db, env.api.orgId, claim.id)).map(
      (l) => l.controlNumber,
    );
    const era = make835(
      [
        {
          claimNumber: claim.claimNumber,
          status: '1',
          payerClaimNumber: 'PCN-VFC-1',
          lines: [
            {
              code: '99213',
              modifiers: ['25'],
              charge: 12000,
              paid: 8000,
              adjustments: [['CO', '45', 4000]],
              ...withControl(controls[0]),
            },
            {
              code: '90471',
              charge: 2500,
              paid: 1800,
              adjustments: [['CO', '45', 700]],
              ...withControl(controls[1]),
            },
            {
              code: '90656',
              modifiers: ['SL'],
              charge: 0,
              paid: 0,
              adjustments: [],
              ...withControl(controls[2]),
            },
          ],
        },
      ],
      { trace: 'TRACE-VFC-1', controlNumber: 71 },
    );
    expect(validateX12(era).filter((i) => i.severity === 'error')).toEqual([]);
    const result = await importRemittance(env.api, 'vfc.835', era);
    expect(result).toMatchObject({ posted: [{ status: 'paid' }], denials: 0, unmatched: 0 });
    const ids = await lineIds();
    const balances = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, ids));
    expect(ids.map((id) => balances.lineBalance(id))).toEqual([0, 0, 0]);
    const denials = (await env.call('GET', '/worklists?kind=denial')).body as { items: unknown[] };
    expect(denials.items).toEqual([]);
  });
});
