import { describe, expect, it } from 'vitest';
import { parseSegments } from './read-segments.ts';
import { writeX12, X12WriteError } from './writer.ts';

const isa =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';
const text = `${isa}SVC*HC:99213:25*100*80~REF*XX*A^B~IEA*0*000000001~`;

describe('writeX12', () => {
  it('writes back what it read', () => {
    expect(writeX12(parseSegments(text))).toBe(text);
  });

  it('adds line breaks', () => {
    expect(writeX12(parseSegments(text), { lineBreak: '\r\n' })).toBe(
      text.replaceAll('~', '~\r\n'),
    );
  });

  it('translates to new delimiters, ISA11 and ISA16 included', () => {
    const out = writeX12(parseSegments(text), {
      delimiters: { element: '|', repetition: '!', component: '>', segment: '\n' },
    });
    expect(out.split('\n')[0]).toHaveLength(105);
    expect(out).toContain('|!|00501|');
    expect(out).toContain('SVC|HC>99213>25|100|80\nREF|XX|A!B\n');
    const again = parseSegments(out);
    expect(again.map((s) => [s.id, s.elements.length])).toEqual(
      parseSegments(text).map((s) => [s.id, s.elements.length]),
    );
  });

  it('refuses data that holds a target delimiter', () => {
    const segs = parseSegments(`${isa}NM1*QC*1*O|BRIEN~`);
    expect(() =>
      writeX12(segs, {
        delimiters: { element: '|', repetition: '^', component: ':', segment: '~' },
      }),
    ).toThrow(X12WriteError);
  });
});
