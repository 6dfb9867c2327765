import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSegments } from './read-segments.ts';
import {
  component,
  components,
  element,
  elementCode,
  readElement,
  repetitions,
  type Segment,
} from './segment.ts';

const isa =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

/** The segment the tokenizer reads from `SEG*e1*e2...~` (after an ISA). */
const scan = (elements: readonly string[]): Segment =>
  parseSegments(`${isa}${['SVC', ...elements].join('*')}~`)[1]!;

describe('segments read lazily', () => {
  it('read an element without splitting the segment, in any order, as the split would', () => {
    const value = fc.stringMatching(/^[A-Z0-9 .:^-]{0,6}$/);
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 12 }),
        fc.array(fc.integer({ min: -1, max: 14 }), { maxLength: 20 }),
        fc.boolean(),
        (elements, reads, splitFirst) => {
          const seg = scan(elements);
          if (splitFirst) expect(seg.elements).toEqual(elements.length === 0 ? [] : elements);
          for (const n of reads) expect(element(seg, n)).toBe(elements[n - 1] ?? '');
          expect(seg.elements).toEqual(elements.length === 0 ? [] : elements);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read an element where it stands, or match it to a code list, as its text would', () => {
    const value = fc.stringMatching(/^[A-Z0-9 .:^-]{0,4}$/);
    const codes = ['', 'A', 'AB', 'B6', '1.5', 'ABC'];
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 10 }),
        fc.array(fc.integer({ min: -1, max: 12 }), { maxLength: 20 }),
        (elements, reads) => {
          const scanned = scan(elements);
          const plain: Segment = { ...scanned, elements };
          for (const seg of [scanned, plain]) {
            for (const n of reads) {
              const text = elements[n - 1] ?? '';
              const slice = (t: string, from: number, to: number): string => t.slice(from, to);
              expect(readElement(seg, n, slice, null)).toBe(text === '' ? null : text);
              expect(elementCode(seg, n, codes)).toBe(
                text !== '' && codes.includes(text) ? text : undefined,
              );
              expect(element(seg, n)).toBe(text);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep empty and trailing elements, components and repetitions', () => {
    const seg = scan(['HC:99213::25', '', '100', 'A^B', '']);
    expect([element(seg, 1), element(seg, 2), element(seg, 5), element(seg, 6)]).toEqual([
      'HC:99213::25',
      '',
      '',
      '',
    ]);
    expect(components(seg, 1)).toEqual(['HC', '99213', '', '25']);
    expect(component(seg, 1, 4)).toBe('25');
    expect(repetitions(seg, 4)).toEqual(['A', 'B']);
    expect(seg.elements).toHaveLength(5);
  });

  it.each(['', 'HC', 'HC:99213', 'HC:99213::25', ':B', 'A::', '::'])(
    'read component c of %j as the split would give it',
    (raw) => {
      const seg = scan([raw]);
      const parts = raw.split(':');
      for (let c = 1; c <= parts.length + 1; c += 1)
        expect(component(seg, 1, c)).toBe(parts[c - 1] ?? '');
    },
  );

  it('serialize as plain segments, elements included', () => {
    const seg = scan(['HC:99213', '100']);
    expect(JSON.parse(JSON.stringify(seg))).toEqual({
      id: 'SVC',
      elements: ['HC:99213', '100'],
      index: 2,
      txIndex: 0,
      offset: 106,
      delimiters: { element: '*', repetition: '^', component: ':', segment: '~' },
    });
  });
});
