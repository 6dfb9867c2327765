import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument } from 'pdf-lib';
import type { PDFRawStream } from 'pdf-lib';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
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

/** Every text string a PDF page shows (pdf-lib writes each as one hex string). */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const contents = doc.getPage(0).node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  const operators = streams
    .map((s) => inflateSync((s as PDFRawStream).getContents()).toString('latin1'))
    .join('\n');
  return [...operators.matchAll(/<([0-9A-F]*)> Tj/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'hex').toString('latin1'),
  );
}

describe.each(databaseTargets())('CMS-1500 forms on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  let claim: { id: string; claimNumber: string };

  const post = async (url: string, payload: object) =>
    JSON.parse((await api.app.inject({ method: 'POST', url, payload })).body) as Record<
      string,
      unknown
    >;

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    const practice = await post('/practices', practiceBody);
    const provider = await post('/providers', providerBody);
    const payer = await post('/payers', payerBody);
    await post('/fee-schedules', feeScheduleBody);
    const patient = await post('/patients', {
      patient: patientBody,
      coverages: [coverageBody(String(payer.id))],
    });
    await post('/encounters', {
      patientId: patient.id,
      practiceId: practice.id,
      renderingProviderId: provider.id,
      placeOfService: '11',
      serviceDateFrom: '2026-03-02',
      diagnoses: ['I10', 'E78.5'],
      lines: [
        { procedureCode: '99214', diagnosisPointers: [1, 2] },
        { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
      ],
    });
    const built = (await post('/claims/build', {})) as { claims: (typeof claim)[] };
    claim = built.claims[0] ?? { id: '', claimNumber: '' };
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  it.each(['plain', 'red'] as const)(
    'serves the %s form as a PDF with the claim on it, and audits the read',
    async (form) => {
      const response = await api.app.inject({
        method: 'GET',
        url: `/claims/${claim.id}/cms1500.pdf?form=${form}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `inline; filename="${claim.claimNumber}-cms1500${form === 'red' ? '-red' : ''}.pdf"`,
      );
      const texts = await pageTexts(response.rawPayload);
      expect(texts).toEqual(
        expect.arrayContaining([
          'MEDICARE PART B',
          '1EG4TE5MK72',
          'RIVERA, MARIA',
          '04 12 1956',
          'I10',
          'E785',
          '99214',
          '185',
          '50',
          '71046',
          '26',
          '225',
          claim.claimNumber,
          '371234567',
          '1234567893',
          'ZZ207Q00000X',
          '03 10 26',
        ]),
      );
      expect(texts.includes('HEALTH INSURANCE CLAIM FORM')).toBe(form === 'plain');
      const audited = await db.query<{ action: string; patient_id: string | null }>(
        "select action, patient_id from audit_log where org_id = $1 and entity = 'claim' and entity_id = $2 and action = 'read'",
        [api.orgId, claim.id],
      );
      expect(audited.length).toBeGreaterThan(0);
      expect(audited[0]?.patient_id).not.toBeNull();
    },
  );

  it('defaults to the plain form and refuses an unknown one', async () => {
    const plain = await api.app.inject({ method: 'GET', url: `/claims/${claim.id}/cms1500.pdf` });
    expect(plain.statusCode).toBe(200);
    expect((await pageTexts(plain.rawPayload)).includes('HEALTH INSURANCE CLAIM FORM')).toBe(true);
    const unknown = await api.app.inject({
      method: 'GET',
      url: `/claims/${claim.id}/cms1500.pdf?form=blue`,
    });
    expect(unknown.statusCode).toBe(422);
  });

  it('shows a claim only to its organization and to roles that read claims', async () => {
    api.actingOrgId = api.otherOrgId;
    const elsewhere = await api.app.inject({
      method: 'GET',
      url: `/claims/${claim.id}/cms1500.pdf`,
    });
    api.actingOrgId = api.orgId;
    expect(elsewhere.statusCode).toBe(404);
    api.role = 'front_desk';
    const frontDesk = await api.app.inject({
      method: 'GET',
      url: `/claims/${claim.id}/cms1500.pdf`,
    });
    api.role = 'admin';
    expect(frontDesk.statusCode).toBe(403);
  });
});
