import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { claimLines } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { make835 } from './era-fixture.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from './fixtures.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

type Body = Record<string, unknown>;

describe.each(databaseTargets())('what a remittance posted, on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  let fileId = '';
  let claim = { id: '', claimNumber: '' };

  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await api.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: JSON.parse(response.body) as Body };
  };

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    const id = async (url: string, body: unknown) =>
      String((await call('POST', url, body)).body.id);
    const practice = await id('/practices', practiceBody);
    const provider = await id('/providers', providerBody);
    const payer = await id('/payers', payerBody);
    await call('POST', '/fee-schedules', feeScheduleBody);
    const patient = await id('/patients', {
      patient: patientBody,
      coverages: [coverageBody(payer)],
    });
    await call('POST', '/encounters', {
      patientId: patient,
      practiceId: practice,
      renderingProviderId: provider,
      placeOfService: '11',
      serviceDateFrom: '2026-03-02',
      diagnoses: ['I10'],
      lines: [{ procedureCode: '99213', diagnosisPointers: [1] }],
    });
    const built = (await call('POST', '/claims/build', {})).body.claims as (typeof claim)[];
    claim = built[0] ?? claim;
    await call('POST', '/batches', {});
    const [line] = await claimLines(db, api.orgId, claim.id);
    const era = make835(
      [
        {
          claimNumber: claim.claimNumber,
          status: '1',
          payerClaimNumber: 'PCN-1',
          lines: [
            {
              code: '99213',
              charge: 12500,
              paid: 8000,
              adjustments: [
                ['CO', '45', 2500],
                ['PR', '2', 2000],
              ],
              controlNumber: line?.controlNumber ?? '',
            },
          ],
        },
        {
          claimNumber: 'NOT-OURS-1',
          status: '1',
          payerClaimNumber: 'PCN-2',
          lines: [{ code: '99213', charge: 5000, paid: 5000, adjustments: [] }],
        },
      ],
      { trace: 'VIEW-1', controlNumber: 11 },
    );
    const imported = await call('POST', '/remittances', { fileName: 'view.835', content: era });
    expect(imported.status).toBe(201);
    fileId = String(imported.body.fileId);
  });

  afterAll(async () => {
    await api.app.close();
    await db.close();
  });

  it('lists the files imported', async () => {
    const { body } = await call('GET', '/remittances');
    expect(body.items).toEqual([
      expect.objectContaining({ id: fileId, fileName: 'view.835', payment: 13000, claims: 2 }),
    ]);
  });

  it('shows each claim payment with what it posted on each line', async () => {
    const { status, body } = await call('GET', `/remittances/${fileId}`);
    expect(status).toBe(200);
    const [ours, unmatched] = body.claimPayments as Body[];
    expect(ours).toMatchObject({
      patientControlNumber: claim.claimNumber,
      claimId: claim.id,
      claimStatus: 'paid',
      charge: 12500,
      paid: 8000,
    });
    const lines = ours?.lines as { procedureCode: string; entries: Body[] }[];
    expect(lines.map((l) => l.procedureCode)).toEqual(['99213']);
    expect(lines[0]?.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'payment', amount: 8000 }),
        expect.objectContaining({
          kind: 'adjustment',
          amount: 2500,
          adjustmentGroup: 'CO',
          reason: '45',
        }),
      ]),
    );
    expect(unmatched).toMatchObject({ patientControlNumber: 'NOT-OURS-1', lines: [] });
    expect(unmatched).not.toHaveProperty('claimId');
  });

  it('keeps remittances inside the organization', async () => {
    api.actingOrgId = api.otherOrgId;
    try {
      expect((await call('GET', '/remittances')).body.total).toBe(0);
      expect((await call('GET', `/remittances/${fileId}`)).status).toBe(404);
    } finally {
      api.actingOrgId = api.orgId;
    }
  });
});
