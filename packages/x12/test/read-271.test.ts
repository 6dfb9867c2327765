import { describe, expect, it } from 'vitest';
import {
  describeBenefit,
  describeRejection,
  read271,
  readEligibilityResponses,
  validateX12,
} from '../src/index.ts';
import { interchange } from './interchange.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

function response(subscriber: string[], sourceExtra: string[] = []): string {
  const set = [
    'ST*271*0001*005010X279A1~',
    'BHT*0022*11*E-1*20260311*0900~',
    'HL*1**20*1~',
    ...sourceExtra,
    'NM1*PR*2*ACME HEALTH*****PI*12345~',
    'HL*2*1*21*1~',
    'NM1*1P*2*CLINIC*****XX*1234567893~',
    'HL*3*2*22*0~',
    'TRN*2*T-1*1123456789~',
    ...subscriber,
  ];
  return interchange(set, { functionalId: 'HB', version: '005010X279A1', control: 71 });
}

const active = [
  'NM1*IL*1*DOE*JANE****MI*W123~',
  'N3*1 MAIN ST~',
  'N4*SPRINGFIELD*IL*62701~',
  'DMG*D8*19800201*F~',
  'DTP*346*D8*20260101~',
  'EB*1*IND*30*PR*GOLD PPO~',
  'EB*C*IND*30***23*500*****Y~',
  'DTP*292*RD8*20260101-20261231~',
  'EB*A*IND*98*****.2****Y~',
  'MSG*COINSURANCE APPLIES AFTER DEDUCTIBLE~',
  'EB*B*IND*98^UC***27*25.50****Y*Y~',
  'EB*F*IND*PT***23***VS*20~',
  'EB*R**30*MB~',
  'LS*2120~',
  'NM1*PR*2*MEDICARE PART B*****PI*00882~',
  'PER*IC**TE*8005551212~',
  'LE*2120~',
];

describe('read271', () => {
  it('reads the payer, provider and each benefit of the subscriber', () => {
    const { responses, issues } = read271(response(active));
    expect(issues).toEqual([]);
    const [r] = responses;
    expect(r).toMatchObject({ controlNumber: '0001', reference: 'E-1', createdOn: '2026-03-11' });
    const source = r?.sources[0];
    expect(source?.party).toEqual({ name: 'ACME HEALTH', idQualifier: 'PI', id: '12345' });
    const subscriber = source?.receivers[0]?.subscribers[0];
    expect(subscriber).toMatchObject({
      traces: [{ type: '2', number: 'T-1', originator: '1123456789' }],
      name: { lastName: 'DOE', firstName: 'JANE', idQualifier: 'MI', id: 'W123' },
      address: { line1: '1 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' },
      birthDate: '1980-02-01',
      gender: 'F',
      dates: [{ qualifier: '346', period: { from: '2026-01-01', to: '2026-01-01' } }],
      dependents: [],
    });
    const [plan, deductible, coinsurance, copay, limit, other] = subscriber?.benefits ?? [];
    expect(plan).toMatchObject({
      code: '1',
      coverageLevel: 'IND',
      serviceTypes: ['30'],
      insuranceType: 'PR',
      planDescription: 'GOLD PPO',
    });
    expect(deductible).toMatchObject({
      code: 'C',
      timePeriod: '23',
      amount: 50000,
      inPlanNetwork: 'Y',
    });
    expect(deductible?.dates).toEqual([
      { qualifier: '292', period: { from: '2026-01-01', to: '2026-12-31' } },
    ]);
    expect(coinsurance).toMatchObject({
      code: 'A',
      percent: 20,
      inPlanNetwork: 'Y',
      messages: ['COINSURANCE APPLIES AFTER DEDUCTIBLE'],
    });
    expect(copay).toMatchObject({
      serviceTypes: ['98', 'UC'],
      amount: 2550,
      authorizationRequired: 'Y',
      inPlanNetwork: 'Y',
    });
    expect(limit).toMatchObject({ code: 'F', quantity: { qualifier: 'VS', value: 20 } });
    expect(other?.relatedEntities).toEqual([
      {
        role: 'PR',
        party: { name: 'MEDICARE PART B', idQualifier: 'PI', id: '00882' },
        contacts: [{ numbers: [{ qualifier: 'TE', value: '8005551212' }] }],
      },
    ]);
  });

  it('says benefits and rejections in words', () => {
    const { responses } = read271(response(active));
    const benefits = responses[0]?.sources[0]?.receivers[0]?.subscribers[0]?.benefits ?? [];
    expect(benefits.map(describeBenefit)).toEqual([
      'active coverage, individual, health benefit plan coverage, preferred provider organization (PPO), "GOLD PPO"',
      'deductible, individual, health benefit plan coverage, $500.00 per calendar year, in network: yes',
      'co-insurance, individual, professional (physician) visit: office, 20%, in network: yes',
      'co-payment, individual, professional (physician) visit: office, urgent care, $25.50 per visit, authorization required: yes, in network: yes',
      'limitations, individual, physical therapy, per calendar year, quantity 20 (VS)',
      'other or additional payer, health benefit plan coverage, Medicare Part B',
    ]);
    expect(
      describeRejection({
        validRequest: false,
        reason: '72',
        followUp: 'C',
        at: { id: 'AAA', index: 1, txIndex: 1, offset: 0 },
      }),
    ).toBe('rejected: 72 invalid/missing subscriber/insured ID; please correct and resubmit');
  });

  it('places AAA rejections on the level that gave them', () => {
    const { responses, issues } = read271(
      response(
        ['NM1*IL*1*DOE*JANE****MI*W999~', 'AAA*Y**75*N~', 'DMG*D8*19800201~'],
        ['AAA*Y**42*R~'],
      ),
    );
    expect(issues).toEqual([]);
    const source = responses[0]?.sources[0];
    expect(source?.rejections).toMatchObject([{ validRequest: true, reason: '42', followUp: 'R' }]);
    expect(source?.receivers[0]?.subscribers[0]?.rejections).toMatchObject([
      { validRequest: true, reason: '75', followUp: 'N' },
    ]);
  });

  it('reports bad codes, amounts and dates, located', () => {
    const { issues } = read271(
      response([
        'NM1*IL*1*DOE*JANE~',
        'DMG*D8*19801301~',
        'EB*Z~',
        'EB*B**30****X1*2%~',
        'AAA*Q**72*Z~',
        'ZZZ*1~',
      ]),
    );
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.loop])).toEqual([
      ['invalid-date', 'DMG', 2, '2000A/2000B/2000C/2100C'],
      ['invalid-code', 'EB', 1, '2000A/2000B/2000C/2100C/2110C'],
      ['invalid-amount', 'EB', 7, '2000A/2000B/2000C/2100C/2110C'],
      ['invalid-number', 'EB', 8, '2000A/2000B/2000C/2100C/2110C'],
      ['invalid-code', 'AAA', 1, '2000A/2000B/2000C/2100C/2110C'],
      ['invalid-code', 'AAA', 4, '2000A/2000B/2000C/2100C/2110C'],
      ['unexpected-segment', 'ZZZ', undefined, '2000A/2000B/2000C/2100C/2110C'],
    ]);
  });

  it('streams from byte chunks to the same result', async () => {
    const name = '271/lfh__dependent-health-benefit-check.271';
    const bytes = readSample(name);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 37) }, (_, i) =>
      bytes.subarray(i * 37, i * 37 + 37),
    );
    const streamed = [];
    for await (const r of readEligibilityResponses(chunks)) streamed.push(r);
    expect(streamed).toEqual(read271(readSampleText(name)).responses);
  });

  it('leaves 270s to the 270 checker', () => {
    const text = readSampleText('270/lfh__subscriber-health-benefit-check.270');
    expect(read271(text)).toEqual({ responses: [], issues: [] });
    expect(validateX12(text)).toEqual([]);
  });
});

describe('271 samples', () => {
  const samples = listSamples().filter((name) => name.startsWith('271/'));

  it.each(samples)('%s matches its golden JSON', async (name) => {
    const result = read271(readSampleText(name));
    expect(result.responses.length).toBe(1);
    const file = `./__snapshots__/${name.replace(/^271\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(file);
  });
});
