import { describe, expect, it } from 'vitest';
import { describeStatus, read277, readClaimStatusResponses } from '../src/index.ts';
import { interchange } from './interchange.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

function statusResponse(claims: string[]): string {
  const set = [
    'ST*277*0001*005010X212~',
    'BHT*0010*08*S-1*20260311*0900*DG~',
    'HL*1**20*1~',
    'NM1*PR*2*ACME HEALTH*****PI*12345~',
    'HL*2*1*21*1~',
    'NM1*41*2*CLINIC*****46*SUB1~',
    'HL*3*2*19*1~',
    'NM1*1P*2*CLINIC*****XX*1234567893~',
    'HL*4*3*22*0~',
    'NM1*IL*1*DOE*JANE****MI*W123~',
    ...claims,
  ];
  return interchange(set, { functionalId: 'HN', version: '005010X212', control: 72 });
}

const paid = [
  'TRN*2*T-1~',
  'STC*F1:65*20260310**225.5*180*20260309*CHK*20260311*CK12345~',
  'REF*1K*PCN-9~',
  'REF*EJ*C000001~',
  'DTP*472*D8*20260302~',
  'SVC*HC:99214:25*185.5*150****1~',
  'STC*F1:65*20260310~',
  'REF*FJ*C000001-1~',
  'DTP*472*D8*20260302~',
];

describe('read277', () => {
  it('reads each claim with its status, payment and lines', () => {
    const { responses, issues } = read277(statusResponse(paid));
    expect(issues).toEqual([]);
    const [r] = responses;
    expect(r).toMatchObject({ controlNumber: '0001', reference: 'S-1', createdOn: '2026-03-11' });
    const provider = r?.payers[0]?.receivers[0]?.providers[0];
    expect(provider?.party).toEqual({ name: 'CLINIC', idQualifier: 'XX', id: '1234567893' });
    const patient = provider?.patients[0];
    expect(patient).toMatchObject({ level: 'subscriber', name: { lastName: 'DOE', id: 'W123' } });
    expect(patient?.claims[0]).toMatchObject({
      traceNumber: 'T-1',
      payerClaimControlNumber: 'PCN-9',
      patientControlNumber: 'C000001',
      serviceDate: { from: '2026-03-02', to: '2026-03-02' },
      statuses: [
        {
          statuses: [{ category: 'F1', code: '65' }],
          date: '2026-03-10',
          amount: 22550,
          paid: 18000,
          adjudicatedOn: '2026-03-09',
          paymentMethod: 'CHK',
          paymentDate: '2026-03-11',
          checkNumber: 'CK12345',
        },
      ],
      lines: [
        {
          procedure: { qualifier: 'HC', code: '99214', modifiers: ['25'] },
          charge: 18550,
          paid: 15000,
          units: 1,
          lineControlNumber: 'C000001-1',
          statuses: [{ statuses: [{ category: 'F1', code: '65' }] }],
        },
      ],
    });
    expect(describeStatus({ category: 'F1', code: '65' })).toMatch(/^F1 finalized: paid: 65 /);
  });

  it('reports a claim without STC, a bad payment method and a bad amount, located', () => {
    const { issues } = read277(
      statusResponse([
        'TRN*2*T-1~',
        'DTP*472*D8*20260302~',
        'TRN*2*T-2~',
        'STC*F1:65*20260310**12,00*1*20260309*CASH~',
      ]),
    );
    expect(issues.map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['required-segment-missing', 'TRN', undefined],
      ['invalid-amount', 'STC', 4],
      ['invalid-code', 'STC', 7],
    ]);
    expect(issues[0]?.message).toContain('T-1');
  });

  it('streams from byte chunks to the same result', async () => {
    const name = '277/stupidedi__X212-claim-response.edi';
    const bytes = readSample(name);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 41) }, (_, i) =>
      bytes.subarray(i * 41, i * 41 + 41),
    );
    const streamed = [];
    for await (const r of readClaimStatusResponses(chunks)) streamed.push(r);
    expect(streamed).toEqual(read277(readSampleText(name)).responses);
  });

  it('names the subscriber a dependent patient is covered under', () => {
    const { responses } = read277(readSampleText('277/stupidedi__X212-claim-response.edi'));
    const patients = responses[0]?.payers[0]?.receivers[0]?.providers[1]?.patients ?? [];
    expect(patients.map((p) => [p.level, p.name.firstName, p.subscriber?.id])).toEqual([
      ['subscriber', 'JOHN', undefined],
      ['dependent', 'JOSEPH', '345678901'],
    ]);
    expect(patients[1]?.claims[0]?.patientControlNumber).toBe('MA345678');
  });

  it('skips 277CA acknowledgments (005010X214)', () => {
    expect(read277(readSampleText('277CA/imsweb__x12_277CA_rejected.txt'))).toEqual({
      responses: [],
      issues: [],
    });
  });
});

describe('277 samples', () => {
  const samples = listSamples().filter((name) => name.startsWith('277/'));

  it.each(samples)('%s matches its golden JSON', async (name) => {
    const result = read277(readSampleText(name));
    expect(result.responses.length).toBe(1);
    const file = `./__snapshots__/${name.replace(/^277\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(file);
  });
});
