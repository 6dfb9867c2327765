import { describe, expect, it } from 'vitest';
import { elementProblem } from './check-elements.ts';
import type { ElementDef } from './element-def.ts';
import { validateX12 } from './validate.ts';

const simple = { required: false, codes: undefined };
const amount: ElementDef = { ref: '782', type: 'R', min: 1, max: 18, ...simple };
const count: ElementDef = { ref: '554', type: 'N0', min: 1, max: 6, ...simple };
const trace: ElementDef = { ref: '509', type: 'AN', min: 10, max: 10, ...simple };
const flag: ElementDef = { ...simple, ref: '478', type: 'ID', min: 1, max: 1, codes: ['C', 'D'] };
const on: ElementDef = { ref: '373', type: 'DT', min: 8, max: 8, ...simple };
const at: ElementDef = { ref: '337', type: 'TM', min: 4, max: 8, ...simple };

describe('elementProblem', () => {
  it.each([
    [amount, '-1234567890123456.78', undefined],
    [amount, '1234567890123456789', '5'],
    [amount, '12,50', '6'],
    [amount, '.5', undefined],
    [amount, '5.', undefined],
    [amount, '-0.25', undefined],
    [amount, '.', '6'],
    [amount, '-', '6'],
    [amount, '1.2.3', '6'],
    [amount, '--1', '6'],
    [amount, '1-', '6'],
    [amount, '123456789012345678.9', '5'],
    [count, '-123456', undefined],
    [count, '-', '6'],
    [count, '12a', '6'],
    [count, '1234567', '5'],
    [count, '1.5', '6'],
    [trace, '1512345678', undefined],
    [trace, '512345678', '4'],
    [trace, '15123456789', '5'],
    [flag, 'D', undefined],
    [flag, 'X', '7'],
    [on, '20240229', undefined],
    [on, '20230229', '8'],
    [on, '240101', '8'],
    [at, '2359', undefined],
    [at, '23595999', undefined],
    [at, '2400', '9'],
    [at, '102497', '9'],
    [at, '12', '9'],
  ] as const)('%o %s → IK4 %s', (def, value, ik4) => {
    expect(elementProblem(value, def)?.ik4).toBe(ik4);
  });
});

const isa =
  'ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *240101*1200*^*00501*000000001*0*P*:~';

function era(gs05: string, body: string[]): string {
  const set = [
    'ST*835*0001',
    'BPR*I*100*C*ACH************20240105',
    'TRN*1*12345*1512345678',
    'N1*PR*ACME',
    'N1*PE*CLINIC*XX*1234567893',
    'LX*1',
    ...body,
  ];
  return [
    isa,
    `GS*HP*PAYER*PROVIDER*20240101*${gs05}*1*X*005010X221A1~`,
    ...set.map((s) => `${s}~`),
    `SE*${set.length + 1}*0001~`,
    'GE*1*1~',
    'IEA*1*000000001~',
  ].join('\n');
}

const claim = ['CLP*A*1*100*100', 'SVC*HC:99213*100*100'];

describe('validateX12 element rules', () => {
  it('accepts elements within the dictionary', () => {
    expect(validateX12(era('1200', claim))).toEqual([]);
  });

  it('reports each bad element once, located, with its IK4 code', () => {
    const text = era('2460', [
      'CLP*A*1*100*100****11X',
      'NM1*QC*3*DOE',
      'SVC*HCPCS:99213*100*100',
      'DTM*472*20240231',
    ]);
    const found = validateX12(text).map((i) => [
      i.segmentId,
      i.element,
      i.component,
      i.code,
      i.ack?.ik4,
    ]);
    expect(found).toEqual([
      ['GS', 5, undefined, 'invalid-time', '9'],
      ['CLP', 8, undefined, 'element-too-long', '5'],
      ['NM1', 2, undefined, 'invalid-code', '7'],
      ['SVC', 1, 1, 'element-too-long', '5'],
      // The 835 reader reports the date; the element rules do not report it again.
      ['DTM', 2, undefined, 'invalid-date', '8'],
    ]);
  });

  it('reports a mandatory element or component that is missing', () => {
    const found = validateX12(era('1200', [...claim, 'CAS*CO**5', 'PLB*1512345678*20240101*:X*5']));
    expect(found.map((i) => [i.segmentId, i.element, i.component, i.ack?.ik4])).toContainEqual([
      'PLB',
      3,
      1,
      '1',
    ]);
    expect(found.map((i) => [i.segmentId, i.element, i.ack?.ik4])).toContainEqual(['CAS', 2, '1']);
  });
});
