import { expect, it } from 'vitest';
import { validateX12 } from '@medbill/x12';
import { secondaryPayerBody, setUpPractice } from './billing-flow.ts';
import { patientBody, payerBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

const clearinghouse = {
  name: 'Availity',
  receiverId: '030240928',
  interchangeSenderQualifier: 'ZZ',
  interchangeSenderId: 'AV09311993',
  interchangeReceiverQualifier: '01',
  interchangeReceiverId: '030240928',
  applicationSenderCode: 'AV09311993',
  applicationReceiverCode: '030240928',
  submitterName: 'Prairie Billing Services',
  submitterId: 'AV09311993',
  submitterContactName: 'Dana Price',
  submitterPhone: '(217) 555-0199',
};

/** The elements of the first segment with this ID in an X12 text. */
const segment = (text: string, id: string, first?: string) =>
  text
    .split('~')
    .map((s) => s.trim().split('*'))
    .find((e) => e[0] === id && (first === undefined || e[1] === first)) ?? [];

describeWithApi('receivers (clearinghouses) on $name', (env) => {
  it('lets only an admin set up a receiver; others read it', async () => {
    env.api.role = 'biller';
    expect((await env.call('POST', '/receivers', clearinghouse)).status).toBe(403);
    env.api.role = 'admin';
  });

  it('refuses a receiver whose IDs would break the envelope, saying which', async () => {
    const refused = await env.call('POST', '/receivers', {
      ...clearinghouse,
      interchangeSenderId: 'AV*0931199300001',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('interchangeSenderId');
  });

  it('sends the claims of two payers behind one clearinghouse in one file, with its IDs', async () => {
    const { practice, provider, payer: medicare } = await setUpPractice(env.api);
    const made = await env.call('POST', '/receivers', clearinghouse);
    expect(made.status, made.text).toBe(201);
    const receiverId = String(made.body.id);
    const viaClearinghouse = await env.api.app.inject({
      method: 'PUT',
      url: `/payers/${medicare}`,
      payload: { ...payerBody, receiverId },
    });
    expect(viaClearinghouse.statusCode, viaClearinghouse.body).toBe(200);
    const commercial = await env.call('POST', '/payers', { ...secondaryPayerBody, receiverId });
    const direct = await env.call('POST', '/payers', {
      name: 'Illinois Medicaid',
      payerId: 'ILMCD',
      claimFilingIndicator: 'MC',
    });
    const payerIds = [medicare, String(commercial.body.id), String(direct.body.id)];
    for (const [i, payerId] of payerIds.entries()) {
      const patient = await env.call('POST', '/patients', {
        patient: { ...patientBody, firstName: ['Maria', 'Ana', 'Rosa'][i] },
        coverages: [
          {
            payerId,
            order: 'primary',
            memberId: `MEMBER${i}X1`,
            relationship: '18',
            effectiveFrom: '2024-01-01',
          },
        ],
      });
      expect(patient.status, patient.text).toBe(201);
      const encounter = await env.call('POST', '/encounters', {
        patientId: patient.body.id,
        practiceId: practice,
        renderingProviderId: provider,
        placeOfService: '11',
        serviceDateFrom: '2026-03-02',
        diagnoses: ['I10'],
        lines: [{ procedureCode: '99214', diagnosisPointers: [1] }],
      });
      expect(encounter.status, encounter.text).toBe(201);
    }
    const built = await env.call('POST', '/claims/build', {});
    expect((built.body.claims as { status: string }[]).map((c) => c.status)).toEqual([
      'ready',
      'ready',
      'ready',
    ]);
    const batched = await env.call('POST', '/batches', {});
    expect(batched.status, batched.text).toBe(201);
    const batches = (
      batched.body as { batches: { id: string; receiver: string; claims: number }[] }
    ).batches;
    expect(batches.map((b) => [b.receiver, b.claims]).sort()).toEqual([
      ['Availity', 2],
      ['Illinois Medicaid', 1],
    ]);
    const file = (
      await env.call('GET', `/batches/${batches.find((b) => b.receiver === 'Availity')?.id}/file`)
    ).text;
    expect(validateX12(file).filter((i) => i.severity === 'error')).toEqual([]);
    const isa = segment(file, 'ISA');
    expect(isa.slice(5, 9).map((e) => e.trim())).toEqual(['ZZ', 'AV09311993', '01', '030240928']);
    expect(segment(file, 'GS').slice(2, 4)).toEqual(['AV09311993', '030240928']);
    expect(segment(file, 'NM1', '41')).toEqual([
      'NM1',
      '41',
      '2',
      'Prairie Billing Services',
      '',
      '',
      '',
      '',
      '46',
      'AV09311993',
    ]);
    expect(segment(file, 'PER', 'IC')).toEqual(['PER', 'IC', 'Dana Price', 'TE', '2175550199']);
    expect(segment(file, 'NM1', '40')).toEqual([
      'NM1',
      '40',
      '2',
      'Availity',
      '',
      '',
      '',
      '',
      '46',
      '030240928',
    ]);
    expect(file).toContain('NM1*PR*2*Medicare Part B*****PI*06102~');
    expect(file).toContain('NM1*PR*2*Prairie Health Plan*****PI*61101~');
    const directFile = (
      await env.call('GET', `/batches/${batches.find((b) => b.receiver !== 'Availity')?.id}/file`)
    ).text;
    expect(segment(directFile, 'ISA')[8]?.trim()).toBe('ILMCD');
    expect(segment(directFile, 'NM1', '41')[9]).toBe('1234567893');
  });

  it('keeps a receiver that payers still send through', async () => {
    const list = (await env.call('GET', '/receivers')).body as { items: { id: string }[] };
    const removed = await env.api.app.inject({
      method: 'DELETE',
      url: `/receivers/${list.items[0]?.id}`,
    });
    expect(removed.statusCode).toBe(409);
  });
});
