import { describe, expect, it } from 'vitest';
import { describeStatus, read277ca, readClaimAcknowledgments } from '../src/index.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

const isa =
  'ISA*00*          *00*          *ZZ*PAYER          *ZZ*1234567893     *260311*0900*^*00501*000000077*0*P*:~';

function claimAck(claims: string[][], hlChild = '1'): string {
  let hl = 3;
  const patients = claims.flatMap((claim) => {
    hl += 1;
    return [`HL*${hl}*3*PT~`, ...claim];
  });
  const set = [
    'ST*277*0001*005010X214~',
    'BHT*0085*08*277X214-1*20260311*0900*TH~',
    'HL*1**20*1~',
    'NM1*PR*2*ACME HEALTH*****PI*12345~',
    'TRN*1*RCPT-1~',
    'DTP*050*D8*20260310~',
    'DTP*009*D8*20260311~',
    'HL*2*1*21*1~',
    'NM1*41*2*CLINIC*****46*1234567893~',
    'TRN*2*17~',
    'STC*A1:19:PR*20260311*WQ*451~',
    'QTY*90*1~',
    'QTY*AA*1~',
    'AMT*YU*225.50~',
    'AMT*YY*225.50~',
    `HL*3*2*19*${hlChild}~`,
    'NM1*85*2*CLINIC*****XX*1234567893~',
    'TRN*1*0~',
    'REF*TJ*123456789~',
    ...patients,
  ];
  return [
    isa,
    'GS*HN*PAYER*1234567893*20260311*0900*77*X*005010X214~',
    ...set,
    `SE*${set.length + 1}*0001~`,
    'GE*1*77~',
    'IEA*1*000000077~',
  ].join('\n');
}

const accepted = [
  'NM1*QC*1*DOE*JANE****MI*W123~',
  'TRN*2*C000001~',
  'STC*A2:20*20260311*WQ*225.50~',
  'REF*1K*22026070000123~',
  'DTP*472*D8*20260302~',
];
const rejected = [
  'NM1*QC*1*ROE*RICHARD****MI*W456~',
  'TRN*2*C000002~',
  'STC*A7:562:85*20260311*U*225.50******A7:153:82*A6:21~',
  'REF*D9*CH-998877~',
  'DTP*472*RD8*20260302-20260303~',
  'SVC*HC:99214:25*185.50*****1~',
  'STC*A7:454*20260311*U*185.50~',
  'REF*FJ*C000002-1~',
  'DTP*472*D8*20260302~',
];

describe('read277ca', () => {
  it('reads the source, receiver, provider, and each claim with its statuses', () => {
    const { acks, issues } = read277ca(claimAck([accepted, rejected]));
    expect(issues).toEqual([]);
    const [ack] = acks;
    expect(ack).toMatchObject({
      controlNumber: '0001',
      reference: '277X214-1',
      createdOn: '2026-03-11',
      source: {
        party: { name: 'ACME HEALTH', idQualifier: 'PI', id: '12345' },
        traceNumber: 'RCPT-1',
        receivedOn: '2026-03-10',
        processedOn: '2026-03-11',
      },
    });
    const receiver = ack?.receivers[0];
    expect(receiver).toMatchObject({
      receiver: { name: 'CLINIC', id: '1234567893' },
      traceNumber: '17',
      accepted: { count: 1, amount: 22550 },
      rejected: { count: 1, amount: 22550 },
    });
    expect(receiver?.statuses[0]?.statuses).toEqual([{ category: 'A1', code: '19', entity: 'PR' }]);
    const [first, second] = receiver?.providers[0]?.claims ?? [];
    expect(first).toMatchObject({
      patientControlNumber: 'C000001',
      patient: { lastName: 'DOE', firstName: 'JANE', id: 'W123' },
      payerClaimControlNumber: '22026070000123',
      serviceDate: { from: '2026-03-02', to: '2026-03-02' },
      statuses: [{ statuses: [{ category: 'A2', code: '20' }], action: 'WQ', amount: 22550 }],
      lines: [],
    });
    expect(second).toMatchObject({
      patientControlNumber: 'C000002',
      clearinghouseTraceNumber: 'CH-998877',
      serviceDate: { from: '2026-03-02', to: '2026-03-03' },
      lines: [
        {
          procedure: { qualifier: 'HC', code: '99214', modifiers: ['25'] },
          charge: 18550,
          units: 1,
          lineControlNumber: 'C000002-1',
          statuses: [{ statuses: [{ category: 'A7', code: '454' }], action: 'U' }],
        },
      ],
    });
    expect(second?.statuses[0]?.statuses).toEqual([
      { category: 'A7', code: '562', entity: '85' },
      { category: 'A7', code: '153', entity: '82' },
      { category: 'A6', code: '21' },
    ]);
  });

  it('says each status in words', () => {
    expect(describeStatus({ category: 'A7', code: '562', entity: '85' })).toBe(
      "A7 rejected for invalid information: 562 entity's National Provider Identifier (NPI) (billing provider)",
    );
    expect(describeStatus({ category: 'A3', code: '9999' })).toBe(
      'A3 returned as unprocessable: rejected, not entered into adjudication: 9999 status code (see the claim status code list)',
    );
  });

  it('reports a claim without TRN or STC, a broken STC composite and a bad HL04', () => {
    const { issues } = read277ca(
      claimAck(
        [['NM1*QC*1*DOE*JANE~', 'TRN*2*C8~', 'STC*:20*2026-03-11*ZZ~'], ['NM1*QC*1*ROE*R~']],
        '2',
      ),
    );
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.component])).toEqual([
      ['hl-child-code', 'HL', 4, undefined],
      ['required-component-missing', 'STC', 1, 1],
      ['invalid-date', 'STC', 2, undefined],
      ['invalid-code', 'STC', 3, undefined],
      ['required-segment-missing', 'HL', undefined, undefined],
      ['required-segment-missing', 'HL', undefined, undefined],
    ]);
    expect(issues[4]?.message).toContain('TRN patient control number');
    expect(issues[5]?.message).toContain('STC claim level status');
  });

  it('streams from byte chunks to the same result', async () => {
    const name = '277CA/imsweb__x12_277CA_rejected.txt';
    const bytes = readSample(name);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 50) }, (_, i) =>
      bytes.subarray(i * 50, i * 50 + 50),
    );
    const streamed = [];
    for await (const a of readClaimAcknowledgments(chunks)) streamed.push(a);
    expect(streamed).toEqual(read277ca(readSampleText(name)).acks);
  });

  it('skips 277 claim status responses of other guides (005010X212)', () => {
    expect(read277ca(readSampleText('277/stupidedi__X212-claim-response.edi'))).toEqual({
      acks: [],
      issues: [],
    });
  });
});

describe('277CA samples', () => {
  const samples = listSamples().filter((name) => name.startsWith('277CA/'));

  it.each(samples)('%s matches its golden JSON', async (name) => {
    const result = read277ca(readSampleText(name));
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const file = `./__snapshots__/${name.replace(/^277CA\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(file);
  });
});
