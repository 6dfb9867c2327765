import { describe, expect, it } from 'vitest';
import { build999 } from './ack-999.ts';
import { parseSegments } from './read-segments.ts';
import { validateX12 } from './validate.ts';
import { writeX12 } from './writer.ts';

const isa =
  'ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *240101*1200*^*00501*000000001*0*P*:~';

function text(second: string[]): string {
  return [
    isa,
    'GS*HP*PAYER*PROVIDER*20240101*1200*7*X*005010X221A1~',
    'ST*835*0001~',
    'BPR*I*100*C*ACH************20240105~',
    'TRN*1*12345*1512345678~',
    'N1*PR*ACME~',
    'N1*PE*CLINIC*XX*1234567893~',
    'LX*1~',
    'CLP*A*1*100*100~',
    'SE*8*0001~',
    ...second,
    'GE*2*7~',
    'IEA*1*000000001~',
  ].join('\n');
}

describe('build999', () => {
  it('accepts clean transaction sets', () => {
    const input = text([
      'ST*835*0002~',
      'BPR*I*0*C*NON~',
      'TRN*1*9~',
      'N1*PR*A~',
      'N1*PE*B~',
      'SE*6*0002~',
    ]);
    const segments = parseSegments(input);
    const [ack] = build999(segments, validateX12(input));
    expect(writeX12(ack ?? [])).toBe(
      'ST*999*0001*005010X231A1~AK1*HP*7*005010X221A1~AK2*835*0001~IK5*A~AK2*835*0002~IK5*A~AK9*A*2*2*2~SE*8*0001~',
    );
  });

  it('rejects a set with element errors and a wrong count, with IK3/IK4/IK5 codes', () => {
    const input = text([
      'ST*835*0002~',
      'BPR*I*1x*C*NON~',
      'TRN*1*9~',
      'N1*PR*A~',
      'N1*PE*B~',
      'SE*9*0002~',
    ]);
    const [ack] = build999(parseSegments(input), validateX12(input));
    expect(writeX12(ack ?? [], { lineBreak: '\n' }).split('\n')).toEqual([
      'ST*999*0001*005010X231A1~',
      'AK1*HP*7*005010X221A1~',
      'AK2*835*0001~',
      'IK5*A~',
      'AK2*835*0002~',
      'IK3*BPR*2**8~',
      'IK4*2**6~',
      'IK5*R*4~',
      'AK9*P*2*2*1~',
      'SE*10*0001~',
      '',
    ]);
  });

  it('writes a 999 that passes its own envelope checks', () => {
    const input = text(['ST*835*0002~', 'BPR*I*1x*C*NON~', 'SE*9*0002~']);
    const acks = build999(parseSegments(input), validateX12(input));
    const out = writeX12([
      ...parseSegments(isa),
      {
        id: 'GS',
        elements: ['FA', 'PROVIDER', 'PAYER', '20240101', '1200', '1', 'X', '005010X231A1'],
      },
      ...acks.flat(),
      { id: 'GE', elements: [String(acks.length), '1'] },
      { id: 'IEA', elements: ['1', '000000001'] },
    ]);
    expect(validateX12(out)).toEqual([]);
  });
});
