import { describe, expect, it } from 'vitest';
import { read835, readRemittances, type X12Issue } from '../src/index.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

const isa =
  'ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *240101*1200*^*00501*000000001*0*P*:~';

function era(body: string[], bpr = '100'): string {
  const set = [
    'ST*835*0001~',
    `BPR*I*${bpr}*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20240105~`,
    'TRN*1*12345*1512345678~',
    'DTM*405*20240102~',
    'N1*PR*ACME HEALTH~',
    'N1*PE*CLINIC*XX*1234567893~',
    'LX*1~',
    ...body,
  ];
  return [
    isa,
    'GS*HP*P*R*20240101*1200*1*X*005010X221A1~',
    ...set,
    `SE*${set.length + 1}*0001~`,
    'GE*1*1~',
    'IEA*1*000000001~',
  ].join('\n');
}

const balancedClaim = [
  'CLP*PCN1*1*150*100*10*12*CLAIM1~',
  'CAS*OA*23*10~',
  'NM1*QC*1*DOE*JANE****MI*M123~',
  'SVC*HC:99213:25*150*110**1~',
  'DTM*472*20240101~',
  'CAS*CO*45*30*1*253*5~',
  'CAS*PR*1*5~',
  'REF*6R*L1~',
  'AMT*B6*120~',
  'LQ*HE*N130~',
];

const codes = (issues: X12Issue[]) => issues.map((i) => i.code);

describe('read835', () => {
  it('reads payment, parties, claims, lines and flattened CAS triplets', () => {
    const { remittances, issues } = read835(era(balancedClaim));
    expect(issues).toEqual([]);
    const [rem] = remittances;
    expect(rem?.payment).toEqual({
      handling: 'I',
      amount: 10000,
      creditDebit: 'C',
      method: 'ACH',
      date: '2024-01-05',
    });
    expect(rem?.payer).toEqual({ name: 'ACME HEALTH' });
    expect(rem?.payee).toEqual({ name: 'CLINIC', idQualifier: 'XX', id: '1234567893' });
    const claim = rem?.claims[0];
    expect(claim).toMatchObject({
      patientControlNumber: 'PCN1',
      status: '1',
      charge: 15000,
      paid: 10000,
      patientResponsibility: 1000,
    });
    expect(claim?.adjustments).toEqual([{ group: 'OA', reason: '23', amount: 1000 }]);
    expect(claim?.serviceLines[0]).toMatchObject({
      procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] },
      charge: 15000,
      paid: 11000,
      units: 1,
      serviceDate: '2024-01-01',
      lineControlNumber: 'L1',
      allowed: 12000,
      remarkCodes: ['N130'],
      adjustments: [
        { group: 'CO', reason: '45', amount: 3000, quantity: 1 },
        { group: 'CO', reason: '253', amount: 500 },
        { group: 'PR', reason: '1', amount: 500 },
      ],
    });
  });

  it('reads claim remark codes (MOA), coverage (AMT*AU) and interest (AMT*I)', () => {
    const body = [
      ...balancedClaim.slice(0, 3),
      'MOA***MA01*N130~',
      'AMT*AU*140~',
      'AMT*I*1.5~',
      ...balancedClaim.slice(3),
    ];
    const claim = read835(era(body)).remittances[0]?.claims[0];
    expect(claim).toMatchObject({
      remarkCodes: ['MA01', 'N130'],
      coverageAmount: 14000,
      interest: 150,
    });
  });

  it('reports each balancing rule without changing the amounts', () => {
    const body = balancedClaim.map((s) =>
      s.replace('SVC*HC:99213:25*150*110', 'SVC*HC:99213:25*150*90'),
    );
    const { remittances, issues } = read835(
      era([...body, 'PLB*1234567893*20241231*L6:INT*-1.5~'], '100'),
    );
    expect(codes(issues)).toEqual(['unbalanced-service-line', 'unbalanced-payment']);
    expect(issues[0]).toMatchObject({
      segmentId: 'SVC',
      element: 3,
      loop: '2110',
      segmentIndex: 13,
      txSegmentIndex: 11,
    });
    expect(remittances[0]?.claims[0]?.serviceLines[0]?.paid).toBe(9000);
    expect(remittances[0]?.providerAdjustments).toMatchObject([
      { reason: 'L6', reference: 'INT', amount: -150 },
    ]);
  });

  it('balances a claim including its lines adjustments', () => {
    const { issues } = read835(
      era(balancedClaim.map((s) => s.replace('CAS*OA*23*10', 'CAS*OA*23*15'))),
    );
    expect(issues).toMatchObject([
      { code: 'unbalanced-claim', segmentId: 'CLP', element: 4, loop: '2100' },
    ]);
  });

  it('reports bad values with their IK4 codes', () => {
    const { issues } = read835(era(['CLP*PCN1*9*1x0*100~', 'CAS*XX*1*20~']));
    expect(issues.map((i) => [i.code, i.element, i.ack?.ik4])).toEqual([
      ['invalid-code', 2, '7'],
      ['invalid-amount', 3, '6'],
      ['invalid-code', 1, '7'],
      ['unbalanced-claim', 4, undefined],
    ]);
  });

  it('streams remittances from byte chunks', async () => {
    const bytes = readSample('835/affect__sample_835.txt');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 100) }, (_, i) =>
      bytes.subarray(i * 100, i * 100 + 100),
    );
    const streamed = [];
    for await (const rem of readRemittances(chunks)) streamed.push(rem);
    expect(streamed).toEqual(read835(readSampleText('835/affect__sample_835.txt')).remittances);
  });
});

/** Samples judged out of balance (see packages/x12/README.md for the arithmetic). */
const unbalanced: Record<string, string[]> = {
  '835/affect__sample_835.txt': ['unbalanced-payment'],
  '835/affect__sample_835_with_interests.txt': ['unbalanced-payment', 'unbalanced-payment'],
  '835/chs-cds__test.835': ['unbalanced-claim'],
  '835/edifabric__Custom835.txt': ['unbalanced-claim', 'unbalanced-payment'],
  '835/lfh__tertiary-payment.835': ['unbalanced-service-line'],
  'malformed/oopfactory__835-Example1.txt': ['unbalanced-payment'],
  'malformed/stupidedi__X221-case-3a.edi': ['unbalanced-payment'],
};

describe('835 samples', () => {
  const eras = listSamples().filter((name) => /ST\W835\W/.test(readSampleText(name)));

  it.each(eras)('%s balances as judged', (name) => {
    const { issues } = read835(readSampleText(name));
    expect(codes(issues).filter((c) => c.startsWith('unbalanced'))).toEqual(unbalanced[name] ?? []);
  });

  it.each([
    '835/stupidedi__X221A1-dollars-and-data-sent-separate.edi',
    '835/tigershark__5010-835-example-2.txt',
    '835/affect__sample_835.txt',
  ])('%s matches its golden JSON', async (name) => {
    const result = read835(readSampleText(name));
    const file = `./__snapshots__/${name.replace(/^835\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(file);
  });

  // One set of properties (in one order) per kind of object, whatever the 835 holds: what keeps
  // the code that reads them monomorphic (see remittance.ts).
  it('gives every claim, line, adjustment, person and procedure of every sample one shape', () => {
    const shapes = new Map<string, Set<string>>();
    const see = (kind: string, value: object | undefined): void => {
      if (value === undefined) return;
      const kinds = shapes.get(kind) ?? new Set<string>();
      kinds.add(Object.keys(value).join());
      shapes.set(kind, kinds);
    };
    for (const name of eras) {
      for (const remittance of read835(readSampleText(name)).remittances) {
        for (const claim of remittance.claims) {
          see('claim', claim);
          for (const person of [claim.patient, claim.insured, claim.renderingProvider])
            see('person', person);
          for (const adjustment of claim.adjustments) see('adjustment', adjustment);
          for (const line of claim.serviceLines) {
            see('line', line);
            see('procedure', line.procedure);
            see('procedure', line.submittedProcedure);
            for (const adjustment of line.adjustments) see('adjustment', adjustment);
          }
        }
      }
    }
    expect([...shapes.keys()].sort()).toEqual([
      'adjustment',
      'claim',
      'line',
      'person',
      'procedure',
    ]);
    for (const [kind, kinds] of shapes) expect([kind, kinds.size]).toEqual([kind, 1]);
  });
});
