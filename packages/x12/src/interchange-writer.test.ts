import { describe, expect, it } from 'vitest';
import { wrapInterchange } from './interchange-writer.ts';
import { validateX12 } from './validate.ts';
import { writeX12 } from './writer.ts';

const set = (n: number) => [
  { id: 'ST', elements: ['999', String(n).padStart(4, '0'), '005010X231A1'] },
  { id: 'AK1', elements: ['HC', '17', '005010X222A1'] },
  { id: 'AK9', elements: ['A', '1', '1', '1'] },
  { id: 'SE', elements: ['4', String(n).padStart(4, '0')] },
];

describe('wrapInterchange', () => {
  it('writes an envelope the validator accepts, with fixed-width ISA and matching counts', () => {
    const segments = wrapInterchange([set(1), set(2)], {
      senderQualifier: 'ZZ',
      senderId: 'MEDBILL',
      receiverQualifier: 'ZZ',
      receiverId: 'CLEARINGHOUSE',
      applicationSender: 'MEDBILL',
      applicationReceiver: 'CLEARINGHOUSE',
      interchangeControlNumber: 42,
      groupControlNumber: 7,
      functionalId: 'FA',
      version: '005010X231A1',
      date: '2026-03-20',
      time: '1405',
      usage: 'T',
    });
    const text = writeX12(segments, { lineBreak: '\n' });
    expect(text.split('\n')[0]).toHaveLength(106);
    expect(text).toContain(
      'ISA*00*          *00*          *ZZ*MEDBILL        *ZZ*CLEARINGHOUSE  *260320*1405*^*00501*000000042*0*T*:~',
    );
    expect(text).toContain('GE*2*7~');
    expect(text).toContain('IEA*1*000000042~');
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuses a control number that does not fit ISA13', () => {
    expect(() =>
      wrapInterchange([], {
        senderQualifier: 'ZZ',
        senderId: 'A',
        receiverQualifier: 'ZZ',
        receiverId: 'B',
        applicationSender: 'A',
        applicationReceiver: 'B',
        interchangeControlNumber: 1_000_000_000,
        groupControlNumber: 1,
        functionalId: 'FA',
        version: '005010X231A1',
        date: '2026-03-20',
        time: '1405',
        usage: 'T',
      }),
    ).toThrow(RangeError);
  });
});
