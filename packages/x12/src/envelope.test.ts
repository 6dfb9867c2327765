import { describe, expect, it } from 'vitest';
import { checkEnvelopes } from './envelope.ts';
import { parseSegments } from './read-segments.ts';

const isa =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';
const gs = 'GS*HP*SENDER*RECEIVER*20240101*1200*7*X*005010X221A1~';

function check(...lines: string[]) {
  return checkEnvelopes(parseSegments(lines.join('\n'))).map((i) => ({
    code: i.code,
    segmentId: i.segmentId,
    segmentIndex: i.segmentIndex,
    element: i.element,
    ack: i.ack,
  }));
}

describe('checkEnvelopes', () => {
  it('accepts a well-formed interchange', () => {
    expect(
      check(isa, gs, 'ST*835*0001~', 'BPR*I~', 'SE*3*0001~', 'GE*1*7~', 'IEA*1*000000001~'),
    ).toEqual([]);
  });

  it('maps count and control-number mismatches to IK5, AK9 and TA1 codes', () => {
    expect(
      check(isa, gs, 'ST*835*0001~', 'BPR*I~', 'SE*4*0002~', 'GE*2*8~', 'IEA*2*000000009~'),
    ).toEqual([
      { code: 'se-count', segmentId: 'SE', segmentIndex: 5, element: 1, ack: { ik5: '4' } },
      {
        code: 'se-control-number',
        segmentId: 'SE',
        segmentIndex: 5,
        element: 2,
        ack: { ik5: '3' },
      },
      { code: 'ge-count', segmentId: 'GE', segmentIndex: 6, element: 1, ack: { ak9: '5' } },
      {
        code: 'ge-control-number',
        segmentId: 'GE',
        segmentIndex: 6,
        element: 2,
        ack: { ak9: '4' },
      },
      { code: 'iea-count', segmentId: 'IEA', segmentIndex: 7, element: 1, ack: { ta1: '021' } },
      {
        code: 'iea-control-number',
        segmentId: 'IEA',
        segmentIndex: 7,
        element: 2,
        ack: { ta1: '001' },
      },
    ]);
  });

  it('reports missing trailers at their headers', () => {
    expect(
      check(isa, gs, 'ST*835*0001~', 'BPR*I~').map((i) => [i.code, i.segmentId, i.ack]),
    ).toEqual([
      ['missing-se', 'ST', { ik5: '2' }],
      ['missing-ge', 'GS', { ak9: '3' }],
      ['missing-iea', 'ISA', { ta1: '023' }],
    ]);
  });

  it('reports duplicate control numbers and segments outside a set', () => {
    const codes = check(
      isa,
      gs,
      'ST*835*0001~',
      'SE*2*0001~',
      'BPR*I~',
      'ST*835*0001~',
      'SE*2*0001~',
      'GE*2*7~',
      'IEA*1*000000001~',
    ).map((i) => [i.code, i.ack]);
    expect(codes).toEqual([
      ['segment-outside-set', { ta1: '024', ik3: '2' }],
      ['duplicate-st02', { ik5: '23' }],
    ]);
  });

  it('checks the ISA fixed-width fields', () => {
    const bad =
      'ISA*00*x*00*          *ZZ*SENDER         *ZZ*RECEIVER       *241301*2500*^*00501*1*0*X*:~';
    expect(check(bad, 'IEA*0*1~').map((i) => [i.code, i.element, i.ack?.ta1])).toEqual([
      ['isa-field-width', 2, '011'],
      ['isa-field-value', 9, '014'],
      ['isa-field-value', 10, '015'],
      ['isa-field-width', 13, '018'],
      ['isa-field-value', 15, '020'],
    ]);
  });

  it('reports a GS08 that is not a 5010 guide', () => {
    expect(
      check(isa, gs.replace('005010X221A1', '5010'), 'GE*0*7~', 'IEA*1*000000001~'),
    ).toMatchObject([{ code: 'gs08-version', element: 8, ack: { ak9: '2' } }]);
  });
});
