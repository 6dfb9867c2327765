import { describe, expect, it } from 'vitest';
import { read999, readImplementationAcks, validateX12 } from '../src/index.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

const isa =
  'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*1234567893     *260310*1200*^*00501*000000901*0*P*:~';

function ack(body: string[]): string {
  const set = ['ST*999*0001*005010X231A1~', 'AK1*HC*42*005010X222A1~', ...body];
  return [
    isa,
    'GS*FA*CLEARINGHOUSE*1234567893*20260310*1200*901*X*005010X231A1~',
    ...set,
    `SE*${set.length + 1}*0001~`,
    'GE*1*901~',
    'IEA*1*000000901~',
  ].join('\n');
}

describe('read999', () => {
  it('reads an accepted transaction set and the group response', () => {
    const { acks, issues } = read999(ack(['AK2*837*0042*005010X222A1~', 'IK5*A~', 'AK9*A*1*1*1~']));
    expect(issues).toEqual([]);
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({
      controlNumber: '0001',
      group: { functionalId: 'HC', controlNumber: '42', version: '005010X222A1' },
      transactions: [
        { setId: '837', controlNumber: '0042', guide: '005010X222A1', status: 'A', codes: [] },
      ],
      groupResponse: { status: 'A', included: 1, received: 1, accepted: 1, codes: [] },
    });
  });

  it('reads a rejection with its segment (IK3) and element (IK4) errors and their contexts', () => {
    const { acks, issues } = read999(
      ack([
        'AK2*837*0042*005010X222A1~',
        'IK3*NM1*24*2010BA*8~',
        'CTX*CLM01:C000123~',
        'IK4*9*67*1~',
        'IK4*3:2*1035*6*D@E~',
        'IK3*REF*57**3~',
        'CTX*SITUATIONAL TRIGGER*CLM*43**5:3~',
        'IK5*R*5~',
        'AK9*R*1*1*0~',
      ]),
    );
    expect(issues).toEqual([]);
    const set = acks[0]?.transactions[0];
    expect(set?.status).toBe('R');
    expect(set?.codes).toEqual(['5']);
    expect(set?.segmentErrors).toMatchObject([
      {
        segmentId: 'NM1',
        position: 24,
        loop: '2010BA',
        code: '8',
        context: [{ name: 'CLM01', reference: 'C000123' }],
        elements: [
          { element: 9, reference: '67', code: '1' },
          { element: 3, component: 2, reference: '1035', code: '6', badValue: 'D@E' },
        ],
      },
      {
        segmentId: 'REF',
        position: 57,
        code: '3',
        context: [
          {
            name: 'SITUATIONAL TRIGGER',
            segmentId: 'CLM',
            segmentPosition: 43,
            element: 5,
            component: 3,
          },
        ],
        elements: [],
      },
    ]);
    expect(acks[0]?.groupResponse).toMatchObject({ status: 'R', accepted: 0 });
  });

  it('reports bad codes, a missing IK5 and a missing AK9 as located issues', () => {
    const { issues } = read999(
      ack(['AK2*837*0042~', 'IK3*CLM*x**Z~', 'IK4*2*782*99~', 'AK2*837*0043~', 'IK5*Q~']),
    );
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.ack?.ik4])).toEqual([
      ['invalid-number', 'IK3', 2, '6'],
      ['invalid-code', 'IK3', 4, '7'],
      ['invalid-code', 'IK4', 3, '7'],
      ['required-segment-missing', 'AK2', undefined, undefined],
      ['invalid-code', 'IK5', 1, '7'],
      ['required-segment-missing', 'SE', undefined, undefined],
    ]);
    expect(issues[3]?.message).toContain('IK5 for transaction set 837 0042');
    expect(issues[5]?.message).toContain('AK9');
  });

  it('is part of validateX12 and streams from byte chunks to the same result', async () => {
    expect(validateX12(ack(['AK2*837*0042~', 'IK5*A~', 'AK9*A*1*1*1~', 'IK9*X~']))).toMatchObject([
      { code: 'unexpected-segment', segmentId: 'IK9' },
    ]);
    const name = '999/staedi__simple999.edi';
    const bytes = readSample(name);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 37) }, (_, i) =>
      bytes.subarray(i * 37, i * 37 + 37),
    );
    const streamed = [];
    for await (const a of readImplementationAcks(chunks)) streamed.push(a);
    expect(streamed).toEqual(read999(readSampleText(name)).acks);
  });
});

describe('999 samples', () => {
  const samples = listSamples().filter(
    (name) => !name.startsWith('malformed/') && /ST\W999\W/.test(readSampleText(name)),
  );

  it('finds the 999 samples', () => expect(samples.length).toBe(4));

  // The envelope defect is judged in verdicts.test.ts; the 999 itself reads cleanly.
  const envelopeDefects: Record<string, string[]> = {
    '999/imsweb__x12_999_accepted.txt': ['iea-control-number'],
  };

  it.each(samples)('%s matches its golden JSON', async (name) => {
    const result = read999(readSampleText(name));
    expect(result.issues.map((i) => i.code)).toEqual(envelopeDefects[name] ?? []);
    const file = `./__snapshots__/${name.replace(/^999\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(file);
  });
});
