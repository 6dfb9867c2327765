import { describe, expect, it } from 'vitest';
import { read837p, readProfessionalClaims } from '../src/index.ts';
import { readSample, readSampleText } from './samples.ts';

const isa =
  'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

function batch(body: string[]): string {
  const set = [
    'ST*837*0001*005010X222A1~',
    'BHT*0019*00*1*20240101*1200*CH~',
    'NM1*41*2*BILLING CO*****46*S1~',
    'PER*IC*JANE*TE*5555551234~',
    'NM1*40*2*PAYER*****46*R1~',
    ...body,
  ];
  return [
    isa,
    'GS*HC*S*R*20240101*1200*1*X*005010X222A1~',
    ...set,
    `SE*${set.length + 1}*0001~`,
    'GE*1*1~',
    'IEA*1*000000001~',
  ].join('\n');
}

const provider = [
  'HL*1**20*1~',
  'PRV*BI*PXC*207Q00000X~',
  'NM1*85*2*CLINIC*****XX*1234567893~',
  'N3*1 MAIN ST~',
  'N4*TOWN*NY*10001~',
  'REF*EI*123456789~',
];
const subscriber = [
  'HL*2*1*22*0~',
  'SBR*P*18*GRP1******CI~',
  'NM1*IL*1*DOE*JOHN****MI*M1~',
  'DMG*D8*19800101*M~',
  'NM1*PR*2*ACME*****PI*P1~',
];
const claim = [
  'CLM*PCN1*150***11:B:1*Y*A*Y*Y~',
  'HI*ABK:E119*ABF:I10~',
  'LX*1~',
  'SV1*HC:99213:25*100*UN*1***1:2~',
  'DTP*472*D8*20240101~',
  'LX*2~',
  'SV1*HC:81002*50*UN*1***1~',
  'DTP*472*RD8*20240101-20240102~',
];

describe('read837p', () => {
  it('reads claims with their parties, diagnoses and lines', () => {
    const { claims, issues } = read837p(batch([...provider, ...subscriber, ...claim]));
    expect(issues).toEqual([]);
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(c).toMatchObject({
      claimId: 'PCN1',
      charge: 15000,
      placeOfService: '11',
      frequency: '1',
      billingProvider: {
        role: '85',
        lastName: 'CLINIC',
        idQualifier: 'XX',
        id: '1234567893',
        address: { line1: '1 MAIN ST', city: 'TOWN', state: 'NY', postalCode: '10001' },
      },
      subscriber: {
        lastName: 'DOE',
        firstName: 'JOHN',
        id: 'M1',
        responsibility: 'P',
        relationship: '18',
        filingIndicator: 'CI',
        birthDate: '1980-01-01',
        gender: 'M',
      },
      payer: { lastName: 'ACME', id: 'P1' },
      diagnoses: [
        { qualifier: 'ABK', code: 'E119' },
        { qualifier: 'ABF', code: 'I10' },
      ],
    });
    expect(
      c?.lines.map((l) => [
        l.procedure.code,
        l.procedure.modifiers,
        l.charge,
        l.diagnosisPointers,
        l.serviceFrom,
        l.serviceTo,
      ]),
    ).toEqual([
      ['99213', ['25'], 10000, [1, 2], '2024-01-01', '2024-01-01'],
      ['81002', [], 5000, [1], '2024-01-01', '2024-01-02'],
    ]);
  });

  it('checks the HL tree: sequence, parents, level codes and child flags', () => {
    const bad = [...provider, 'HL*3*9*22*1~', ...subscriber.slice(1), ...claim];
    const { issues } = read837p(batch(bad));
    expect(issues.map((i) => [i.code, i.element])).toEqual([
      ['hl-sequence', 1],
      ['hl-parent-unknown', 2],
      ['hl-child-flag', 4],
      ['hl-child-flag', 4],
    ]);
  });

  it('checks claim rules: CLM02 total, REF*F8 on replacements, pointers, taxonomy qualifier', () => {
    const body = [
      ...provider.map((s) => s.replace('PXC', 'PX')),
      ...subscriber,
      ...claim.map((s) =>
        s.replace('11:B:1', '11:B:7').replace('1:2~', '1:3~').replace('*150*', '*160*'),
      ),
    ];
    const { issues } = read837p(batch(body));
    expect(issues.map((i) => i.code)).toEqual([
      'invalid-code',
      'claim-charge-mismatch',
      'missing-payer-claim-control-number',
      'diagnosis-pointer-unknown',
    ]);
    expect(issues[0]).toMatchObject({
      segmentId: 'PRV',
      element: 2,
      loop: '2000A',
      ack: { ik3: '8', ik4: '7' },
    });
  });

  it('ends a set whose SE never came at the next ISA, as every typed reader does', () => {
    const text = batch([...provider, ...subscriber, ...claim]);
    const unfinished = text.slice(0, text.indexOf('SE*'));
    const { claims, issues } = read837p(unfinished + text);
    expect(claims.map((c) => c.claimId)).toEqual(['PCN1', 'PCN1']);
    expect(issues.map((i) => i.code)).not.toContain('unexpected-segment');
  });

  it('streams the same claims as the whole-text reader', async () => {
    const name = '837P/imsweb__x12_many_claims.txt';
    const bytes = readSample(name);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 4096) }, (_, i) =>
      bytes.subarray(i * 4096, (i + 1) * 4096),
    );
    const streamed = [];
    for await (const c of readProfessionalClaims(chunks)) streamed.push(c);
    expect(streamed).toEqual(read837p(readSampleText(name)).claims);
    expect(streamed).toHaveLength(820);
  });
});

describe('837P samples', () => {
  const clean = [
    '837P/edifabric__ClaimPayment.txt',
    '837P/lfh__demo.cob.example3.B.837',
    '837P/stupidedi__X222A1-COB-claim-from-billing-provider-to-payer-b.edi',
    '837P/stupidedi__X222A1-COB-claim-from-payer-a-to-payer-b-in-payer-to-payer.edi',
    '837P/stupidedi__X222A1-anesthesia.edi',
    '837P/stupidedi__X222A1-commercial-health-insurance.edi',
    '837P/stupidedi__X222A1-encounter.edi',
    '837P/stupidedi__X222A1-medicare-secondary-payer-COB.edi',
    '837P/stupidedi__X222A1-oxygen.edi',
  ];
  it.each(clean)('%s reads without issues', (name) => {
    const { claims, issues } = read837p(readSampleText(name));
    expect(issues).toEqual([]);
    expect(claims.length).toBeGreaterThan(0);
  });

  it('flags the wrong taxonomy qualifier in edifabric-native 837p_error', () => {
    const { issues } = read837p(readSampleText('malformed/edifabric-native__837p_error.txt'));
    expect(issues).toMatchObject([{ code: 'invalid-code', segmentId: 'PRV', element: 2 }]);
  });

  it.each([
    '837P/stupidedi__X222A1-commercial-health-insurance.edi',
    '837P/stupidedi__X222A1-medicare-secondary-payer-COB.edi',
  ])('%s matches its golden JSON', async (name) => {
    const file = `./__snapshots__/${name.replace(/^837P\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(
      `${JSON.stringify(read837p(readSampleText(name)), null, 2)}\n`,
    ).toMatchFileSnapshot(file);
  });
});
