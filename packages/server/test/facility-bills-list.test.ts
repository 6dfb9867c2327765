import { beforeAll, expect, it } from 'vitest';
import { countAudit } from '@medbill/db';
import {
  importRemittance,
  registerInsuredPatient,
  secondaryCoverageBody,
  secondaryPayerBody,
  setUpPractice,
} from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import {
  inpatientBillBody,
  inpatientPaidLines,
  inpatientPrimaryEra,
  operatingSurgeonBody,
  outpatientBillBody,
  outpatientPaidLines,
} from './facility-bill-fixture.ts';
import { coverageBody, patientBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

interface ListedBill {
  id: string;
  patientId: string;
  patient: { name: string; accountNumber: string; dateOfBirth: string };
  claim?: { id: string; claimNumber: string; status: string };
}

interface ClaimView {
  id: string;
  claimNumber: string;
  status: string;
  lines: { controlNumber: string; encounterId: string; serviceLineId: string }[];
}

describeWithApi('the facility bills list on $name', (env) => {
  const bills = { stay: '', visit: '', selfPay: '' };
  const accounts = new Map<string, string>();

  /** The listed bills by id, after checking that the read wrote one audit entry. */
  const list = async (): Promise<Map<string, ListedBill>> => {
    const before = await countAudit(env.db, env.api.orgId);
    const read = await env.call('GET', '/facility-bills?limit=10');
    expect(read.status, read.text).toBe(200);
    expect(await countAudit(env.db, env.api.orgId)).toBe(before + 1);
    const items = read.body.items as ListedBill[];
    return new Map(items.map((b) => [b.id, b]));
  };
  const claim = async (id: string) =>
    (await env.call('GET', `/claims/${id}`)).body as unknown as ClaimView;

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
    const insured = await registerInsuredPatient(env.api, payer);
    const uninsured = await env.call('POST', '/patients', {
      patient: {
        ...patientBody,
        lastName: 'Nakamura',
        firstName: 'Ken',
        dateOfBirth: '1988-11-02',
      },
    });
    expect(uninsured.status, uninsured.text).toBe(201);
    for (const id of [insured, String(uninsured.body.id)]) {
      const read = await env.call('GET', `/patients/${id}`);
      accounts.set(id, String(read.body.accountNumber));
    }
    const made = async (body: object) =>
      String((await env.call('POST', '/facility-bills', body)).body.id);
    const ids = { patient: insured, practice, attending: provider, operating };
    bills.stay = await made(inpatientBillBody(ids));
    bills.visit = await made(outpatientBillBody(ids));
    bills.selfPay = await made(outpatientBillBody({ ...ids, patient: String(uninsured.body.id) }));
  });

  it('lists each bill with its patient’s name, account and birth date, in one audited read', async () => {
    const listed = await list();
    expect(listed.size).toBe(3);
    const stay = listed.get(bills.stay);
    expect(stay?.patient).toEqual({
      name: 'Rivera, Maria',
      accountNumber: accounts.get(stay?.patientId ?? ''),
      dateOfBirth: '1956-04-12',
    });
    const selfPay = listed.get(bills.selfPay);
    expect(selfPay?.patient).toEqual({
      name: 'Nakamura, Ken',
      accountNumber: accounts.get(selfPay?.patientId ?? ''),
      dateOfBirth: '1988-11-02',
    });
    expect([...listed.values()].filter((b) => b.claim)).toEqual([]);
  });

  it('lists the claim built from each bill with its number and status', async () => {
    const built = await env.call('POST', '/claims/build', {});
    expect(built.status, built.text).toBeLessThan(300);
    expect(built.body.claims).toHaveLength(2);
    const listed = await list();
    for (const id of [bills.stay, bills.visit]) {
      const summary = listed.get(id)?.claim;
      expect(summary).toMatchObject({ status: 'ready' });
      const stored = await claim(summary?.id ?? '');
      expect(stored.claimNumber).toBe(summary?.claimNumber);
      expect(stored.lines.every((l) => l.encounterId === id)).toBe(true);
    }
    expect(listed.get(bills.selfPay)?.claim).toBeUndefined();

    env.api.role = 'front_desk';
    try {
      const asFrontDesk = await env.call('GET', '/facility-bills');
      expect(asFrontDesk.status).toBe(200);
      const items = asFrontDesk.body.items as ListedBill[];
      expect(items.map((b) => b.patient.name).sort()).toEqual([
        'Nakamura, Ken',
        'Rivera, Maria',
        'Rivera, Maria',
      ]);
      expect(items.filter((b) => 'claim' in b)).toEqual([]);
    } finally {
      env.api.role = 'admin';
    }
  });

  it('lists the corrected version of a paid claim, and the void version of a voided one', async () => {
    const before = await list();
    const stay = await claim(before.get(bills.stay)?.claim?.id ?? '');
    const visit = await claim(before.get(bills.visit)?.claim?.id ?? '');
    const batched = await env.call('POST', '/batches', {});
    expect(batched.status, batched.text).toBe(201);
    const controlNumbers = (c: ClaimView) => c.lines.map((l) => l.controlNumber);
    const era = make835(
      [
        {
          claimNumber: stay.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000501',
          lines: inpatientPaidLines(controlNumbers(stay), {
            paid: 23255,
            adjustments: [['CO', '45', 8000]],
          }),
        },
        {
          claimNumber: visit.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000502',
          lines: outpatientPaidLines(controlNumbers(visit)),
        },
      ],
      { trace: 'EFT-UB-LIST', controlNumber: 8401 },
    );
    await importRemittance(env.api, 'facility-list.835', era);
    expect((await list()).get(bills.stay)?.claim?.id).toBe(stay.id);

    const corrected = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'a third CBC was drawn and not charged',
      lines: [{ serviceLineId: stay.lines[2]?.serviceLineId, units: 3, charge: '147.00' }],
    });
    expect(corrected.status, corrected.text).toBe(201);
    const voided = await env.call('POST', `/claims/${visit.id}/void`, {
      reason: 'billed under the wrong patient',
    });
    expect(voided.status, voided.text).toBe(201);

    const after = await list();
    expect(after.get(bills.stay)?.claim).toEqual({
      id: corrected.body.id,
      claimNumber: corrected.body.claimNumber,
      status: 'ready',
    });
    expect(after.get(bills.visit)?.claim).toEqual({
      id: voided.body.id,
      claimNumber: voided.body.claimNumber,
      status: 'ready',
    });
  });
});

describeWithApi('the facility bills list with a secondary claim on $name', (env) => {
  it('keeps listing the bill’s own claim once a later payer’s claim is built from it', async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const second = await env.call('POST', '/payers', secondaryPayerBody);
    const operating = await env.call('POST', '/providers', operatingSurgeonBody);
    const patient = await env.call('POST', '/patients', {
      patient: patientBody,
      coverages: [coverageBody(payer), secondaryCoverageBody(String(second.body.id))],
    });
    const bill = await env.call(
      'POST',
      '/facility-bills',
      inpatientBillBody({
        patient: String(patient.body.id),
        practice,
        attending: provider,
        operating: String(operating.body.id),
      }),
    );
    const built = (await env.call('POST', '/claims/build', {})).body.claims as { id: string }[];
    expect(built).toHaveLength(1);
    expect((await env.call('POST', '/batches', {})).status).toBe(201);
    const primary = (await env.call('GET', `/claims/${built[0]?.id}`)).body as unknown as ClaimView;
    const era = inpatientPrimaryEra(primary, {
      payerClaimNumber: 'A26070000601',
      trace: 'EFT-UB-LIST-COB',
      controlNumber: 8402,
    });
    const imported = await importRemittance(env.api, 'facility-list-primary.835', era);
    expect(imported.nextPayer).toEqual([expect.objectContaining({ outcome: 'built' })]);

    const listed = (await env.call('GET', '/facility-bills')).body.items as ListedBill[];
    expect(listed.map((b) => [b.id, b.claim?.id, b.claim?.claimNumber])).toEqual([
      [bill.body.id, primary.id, primary.claimNumber],
    ]);
    expect(listed[0]?.claim?.status).not.toBe('ready');
  });
});
