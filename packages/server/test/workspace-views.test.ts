import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

type Body = Record<string, unknown>;

/** The read models the workspace screens use: queues, the live scrub, dashboard, ledger. */
describe.each(databaseTargets())('workspace views on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  const ids = { practice: '', provider: '', payer: '', patient: '', encounter: '' };

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const response = await api.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: JSON.parse(response.body) as Body };
  };
  const encounter = (serviceDateFrom: string) => ({
    patientId: ids.patient,
    practiceId: ids.practice,
    renderingProviderId: ids.provider,
    placeOfService: '11',
    serviceDateFrom,
    documentation: 'Follow-up of hypertension.',
    diagnoses: ['I10'],
    lines: [{ procedureCode: '99213', diagnosisPointers: [1] }],
  });

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    Object.assign(ids, await setUpPractice(api));
    ids.patient = await registerInsuredPatient(api, ids.payer);
    ids.encounter = String((await call('POST', '/encounters', encounter('2026-01-20'))).body.id);
  });

  afterAll(async () => {
    await api.app.close();
    await db.close();
  });

  it('lists the coding queue with names and codes, filtered by patient', async () => {
    const { body } = await call('GET', '/encounter-worklist?q=riv');
    expect(body.total).toBe(1);
    expect(body.items).toEqual([
      expect.objectContaining({
        id: ids.encounter,
        patientName: 'Rivera, Maria',
        providerName: 'Okafor, Ada',
        diagnoses: ['I10'],
        procedures: ['99213'],
      }),
    ]);
    expect((await call('GET', '/encounter-worklist?q=smith')).body.total).toBe(0);
  });

  it('scrubs the encounter as edited without saving anything', async () => {
    const { status, body } = await call(
      'POST',
      `/encounters/${ids.encounter}/scrub-preview`,
      encounter('2026-04-01'),
    );
    expect(status).toBe(200);
    const claims = body.claims as { payerId: string; issues: { ruleId: string }[] }[];
    expect(claims).toHaveLength(1);
    expect(claims[0]?.payerId).toBe(ids.payer);
    expect(claims[0]?.issues.map((i) => i.ruleId)).toContain('DATE-DOS-001');

    const stored = (await call('GET', `/encounters/${ids.encounter}`)).body;
    expect(stored.serviceDateFrom).toBe('2026-01-20');
    expect((await call('GET', '/claims')).body.total).toBe(0);
  });

  it('answers an invalid edit with located problems', async () => {
    const { status, body } = await call('POST', `/encounters/${ids.encounter}/scrub-preview`, {
      ...encounter('2026-01-20'),
      lines: [{ procedureCode: '99213', diagnosisPointers: [2] }],
    });
    expect(status).toBe(422);
    expect(body.errors).toEqual([expect.objectContaining({ path: 'lines.0.diagnosisPointers.0' })]);
  });

  it('lists claims with names, age and scrub summary, filtered on the server', async () => {
    expect((await call('POST', '/claims/build', {})).status).toBe(201);
    const { body } = await call(
      'GET',
      `/claim-worklist?payerId=${ids.payer}&minAgeDays=31&maxAgeDays=60`,
    );
    expect(body.items).toEqual([
      expect.objectContaining({
        patientName: 'Rivera, Maria',
        payerName: 'Medicare Part B',
        ageDays: 49,
        totalCharge: 12500,
        status: 'ready',
        problems: 0,
      }),
    ]);
    expect((await call('GET', '/claim-worklist?minAgeDays=61')).body.total).toBe(0);
    expect((await call('GET', '/claim-worklist?status=draft')).body.total).toBe(0);
    expect((await call('GET', '/claim-worklist?ruleId=DATE-DOS-001')).body.total).toBe(0);
    const pastTheEnd = (await call('GET', '/claim-worklist?offset=5')).body;
    expect([pastTheEnd.total, pastTheEnd.items]).toEqual([1, []]);
  });

  it('ages the receivable by payer and counts the day’s work', async () => {
    const { body } = await call('GET', '/dashboard');
    expect(body.aging).toEqual([
      {
        payerId: ids.payer,
        payerName: 'Medicare Part B',
        bucket: '31-60',
        claims: 1,
        balance: 12500,
      },
    ]);
    expect(body.queues).toMatchObject({ denial: 0, rejection: 0 });
    expect(body.activity).toMatchObject({ claimsBuilt: 1, claimsCharged: 12500, batchesSent: 0 });
  });

  it('shows the patient’s ledger with what each entry does to the balance', async () => {
    const { body } = await call('GET', `/patients/${ids.patient}/ledger`);
    expect(body.entries).toEqual([
      expect.objectContaining({
        kind: 'charge',
        amount: 12500,
        effect: 12500,
        procedureCode: '99213',
        serviceDate: '2026-01-20',
      }),
    ]);
  });

  it('keeps every view inside the organization', async () => {
    api.actingOrgId = api.otherOrgId;
    try {
      expect((await call('GET', '/encounter-worklist')).body.total).toBe(0);
      expect((await call('GET', '/claim-worklist')).body.total).toBe(0);
      expect((await call('GET', '/dashboard')).body.aging).toEqual([]);
      expect((await call('GET', `/patients/${ids.patient}/ledger`)).status).toBe(404);
    } finally {
      api.actingOrgId = api.orgId;
    }
  });
});
