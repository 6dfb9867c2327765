import { beforeAll, expect, it } from 'vitest';
import { read837i, validateX12 } from '@medbill/x12';
import {
  caller,
  importRemittance,
  secondaryCoverageBody,
  secondaryPayerBody,
  setUpPractice,
} from './billing-flow.ts';
import {
  inpatientBillBody,
  operatingSurgeonBody,
  inpatientPrimaryEra,
} from './facility-bill-fixture.ts';
import { coverageBody, patientBody } from './fixtures.ts';
import type { TestApi } from './test-app.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimView {
  id: string;
  kind: string;
  claimNumber: string;
  coverageId: string;
  status: string;
  frequency: string;
  totalCharge: number;
  priorPayerClaimId?: string;
  issues: { ruleId: string }[];
  lines: { controlNumber: string; revenueCode?: string }[];
  priorPayers: unknown[];
}

/** Batches every ready claim; the one 837I file made. */
async function batch837i(api: TestApi): Promise<string> {
  const call = caller(api);
  const made = await call('POST', '/batches', {});
  expect(made.status, made.text).toBe(201);
  const batches = made.body.batches as { id: string; transactionType: string }[];
  expect(batches.map((b) => b.transactionType)).toEqual(['837I']);
  return (await call('GET', `/batches/${batches[0]?.id}/file`)).text;
}

describeWithApi('secondary facility claims (837I COB) on $name', (env) => {
  let primary: ClaimView;
  let patientId = '';
  let imported: Record<string, unknown>;

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const second = await env.call('POST', '/payers', secondaryPayerBody);
    const operating = await env.call('POST', '/providers', operatingSurgeonBody);
    const patient = await env.call('POST', '/patients', {
      patient: patientBody,
      coverages: [coverageBody(payer), secondaryCoverageBody(String(second.body.id))],
    });
    patientId = String(patient.body.id);
    const bill = await env.call(
      'POST',
      '/facility-bills',
      inpatientBillBody({
        patient: patientId,
        practice,
        attending: provider,
        operating: String(operating.body.id),
      }),
    );
    expect(bill.status, bill.text).toBe(201);
    const built = await env.call('POST', '/claims/build', {});
    const [claim] = built.body.claims as { id: string; status: string }[];
    expect(claim?.status).toBe('ready');
    await batch837i(env.api);
    primary = (await env.call('GET', `/claims/${claim?.id}`)).body as unknown as ClaimView;
    // Medicare pays each line and leaves deductible and coinsurance (PR) to the secondary.
    const era = inpatientPrimaryEra(primary, {
      payerClaimNumber: 'A26070000301',
      trace: 'EFT-UB-COB',
      controlNumber: 8201,
    });
    imported = await importRemittance(env.api, 'facility-primary.835', era);
  });

  const secondaryClaim = async (): Promise<ClaimView> => {
    const list = (await env.call('GET', `/claims?patientId=${patientId}&limit=50`)).body as {
      items: { id: string; priorPayerClaimId?: string }[];
    };
    const found = list.items.filter((c) => c.priorPayerClaimId === primary.id);
    expect(found).toHaveLength(1);
    return (await env.call('GET', `/claims/${found[0]?.id}`)).body as unknown as ClaimView;
  };

  it('builds the secondary UB-04 at posting, scrubbed ready, with Medicare’s adjudication', async () => {
    expect(imported.nextPayer).toEqual([
      expect.objectContaining({ claimNumber: primary.claimNumber, outcome: 'built' }),
    ]);
    const secondary = await secondaryClaim();
    expect(secondary).toMatchObject({
      kind: 'institutional',
      status: 'ready',
      frequency: '1',
      totalCharge: primary.totalCharge,
      issues: [],
    });
    expect(secondary.coverageId).not.toBe(primary.coverageId);
    expect(secondary.lines.map((l) => l.revenueCode)).toEqual(['0120', '0250', '0300']);
    expect(secondary.priorPayers).toMatchObject([
      {
        position: 1,
        priorClaimId: primary.id,
        responsibility: 'P',
        paid: 322100,
        patientResponsibility: 23000,
        lines: [
          { sequence: 1, procedureCode: '0120', paid: 300000 },
          { sequence: 2, procedureCode: '0250', paid: 20000 },
          { sequence: 3, procedureCode: '85025', paid: 2100 },
        ],
      },
    ]);
  });

  it('batches it as an 837I whose 2320/2330B/2430 read back and balance', async () => {
    const secondary = await secondaryClaim();
    const text = await batch837i(env.api);
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const { claims, issues } = read837i(text);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const [claim, ...others] = claims;
    expect(others).toEqual([]);
    expect(claim).toMatchObject({ claimId: secondary.claimNumber, facilityType: '11' });
    expect(claim?.subscriber).toMatchObject({ responsibility: 'S', id: 'PHP77001234' });
    expect(claim?.payer.id).toBe('61101');
    expect(claim?.otherPayers).toHaveLength(1);
    expect(claim?.otherPayers[0]).toMatchObject({
      responsibility: 'P',
      paid: 322100,
      adjustments: [],
      payer: { id: '06102' },
      subscriber: { id: '1EG4TE5MK72' },
    });
    // Line dates (2430 DTP*573) stand in for the claim's 2330B DTP*573, and the lines' AMT*EAF
    // (Medicare's PR on each: deductible 200.00, coinsurance 30.00, none) for its 2320 AMT*EAF.
    expect(claim?.otherPayers[0]?.adjudicatedOn).toBeUndefined();
    expect(claim?.otherPayers[0]?.remainingPatientLiability).toBeUndefined();
    expect(claim?.lines.map((l) => l.adjudications[0]?.remainingPatientLiability)).toEqual([
      20000, 3000, 0,
    ]);
    expect(
      claim?.lines.map((l) =>
        l.adjudications.map((a) => [
          a.payerId,
          a.paid,
          a.procedure?.code,
          a.revenueCode,
          a.units,
          a.date,
        ]),
      ),
    ).toEqual([
      [['06102', 300000, undefined, '0120', 3, '2026-03-20']],
      [['06102', 20000, undefined, '0250', 1, '2026-03-20']],
      [['06102', 2100, '85025', '0300', 2, '2026-03-20']],
    ]);
    for (const line of claim?.lines ?? []) {
      const [a] = line.adjudications;
      const cas = a?.adjustments.reduce((s, x) => s + x.amount, 0) ?? 0;
      expect((a?.paid ?? 0) + cas).toBe(line.charge);
    }
    expect((await env.call('GET', `/claims/${secondary.id}`)).body.status).toBe('in_batch');
  });
});
