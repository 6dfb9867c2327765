import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import type { BilledLine } from './match-lines.ts';
import { matchLines } from './match-lines.ts';
import type { RemitLine } from './remittance.ts';

const billed: BilledLine[] = [
  {
    id: 'b1',
    controlNumber: '1',
    procedureCode: '99214',
    modifiers: ['25'],
    charge: cents(18550),
    serviceDate: isoDate('2026-03-02'),
  },
  {
    id: 'b2',
    controlNumber: '2',
    procedureCode: '20610',
    modifiers: ['RT', 'XS'],
    charge: cents(21000),
    serviceDate: isoDate('2026-03-02'),
  },
  {
    id: 'b3',
    controlNumber: '3',
    procedureCode: 'J3301',
    modifiers: [],
    charge: cents(1732),
    serviceDate: isoDate('2026-03-02'),
  },
];
const remit = (
  code: string,
  modifiers: string[],
  charge: number,
  extra: Partial<RemitLine> = {},
): RemitLine => ({
  procedureCode: code,
  modifiers,
  charge: cents(charge),
  paid: cents(0),
  adjustments: [],
  remarks: [],
  ...extra,
});

describe('matchLines', () => {
  it.each([
    [
      'the control number, whatever the payer did to the code',
      remit('99213', [], 18550, { lineControlNumber: '1' }),
      'b1',
      'control-number',
    ],
    [
      'code and reordered modifiers',
      remit('20610', ['XS', 'RT'], 21000),
      'b2',
      'code-modifiers-date',
    ],
    ['code with a dropped modifier', remit('20610', ['RT'], 21000), 'b2', 'code-dropped-modifiers'],
    ['code and charge when modifiers differ', remit('J3301', ['JW'], 1732), 'b3', 'code-charge'],
  ])('matches by %s', (_label, line, id, by) => {
    const { matched, unmatched } = matchLines([line], billed);
    expect(unmatched).toEqual([]);
    expect(matched[0]?.billed.id).toBe(id);
    expect(matched[0]?.by).toBe(by);
  });

  it('never guesses: an unknown code, a wrong date, or a line already paid stay unmatched', () => {
    const { matched, unmatched } = matchLines(
      [
        remit('99214', ['25'], 18550),
        remit('99214', ['25'], 18550),
        remit('93000', [], 4500),
        remit('J3301', [], 1732, { serviceDate: isoDate('2026-03-03') }),
      ],
      billed,
    );
    expect(matched.map((m) => m.billed.id)).toEqual(['b1', 'b3']);
    expect(unmatched.map((r) => r.procedureCode)).toEqual(['99214', '93000']);
  });

  describe('when the payer changed the code (SVC06, TR3 1.10.2.6)', () => {
    const asBilled = (code: string, modifiers: string[] = []) => ({
      submitted: { procedureCode: code, modifiers },
    });

    it('matches a re-coded line by the code billed, not the one paid', () => {
      const { matched, unmatched } = matchLines(
        [remit('99213', [], 18550, asBilled('99214', ['25']))],
        billed,
      );
      expect(unmatched).toEqual([]);
      expect(matched.map((m) => [m.billed.id, m.by])).toEqual([['b1', 'code-modifiers-date']]);
    });

    it('matches each line bundled into another to its own billed line', () => {
      const { matched, unmatched } = matchLines(
        [
          remit('20610', ['RT'], 21000),
          remit('20610', [], 1732, asBilled('J3301')),
          remit('20610', [], 18550, asBilled('99214', ['25'])),
        ],
        billed,
      );
      expect(unmatched).toEqual([]);
      expect(matched.map((m) => m.billed.id)).toEqual(['b2', 'b3', 'b1']);
    });

    it.each([
      [
        'their SVC06',
        [
          remit('20600', ['RT'], 21000, asBilled('20610', ['RT', 'XS'])),
          remit('76942', [], 0, asBilled('20610', ['RT', 'XS'])),
        ],
        ['code-modifiers-date', 'unbundled'],
      ],
      [
        'the REF*6R they echo',
        [
          remit('20600', [], 21000, { lineControlNumber: '2' }),
          remit('76942', [], 0, { lineControlNumber: '2' }),
        ],
        ['control-number', 'control-number'],
      ],
    ])('pairs the lines one billed line was unbundled into with it, by %s', (_l, lines, by) => {
      const { matched, unmatched } = matchLines(lines, billed);
      expect(unmatched).toEqual([]);
      expect(matched.map((m) => [m.billed.id, m.by])).toEqual(by.map((b) => ['b2', b]));
    });

    it('never guesses: an SVC06 naming no billed line, or two lines already paid, stays unmatched', () => {
      const twice: BilledLine[] = [
        ...billed,
        { ...billed[2]!, id: 'b4', controlNumber: '4', charge: cents(3464) },
      ];
      const { matched, unmatched } = matchLines(
        [
          remit('99214', ['25'], 18550, asBilled('99215')),
          remit('J3301', [], 1732),
          remit('J3301', [], 3464),
          remit('J3301', [], 0, asBilled('J3301')),
        ],
        twice,
      );
      expect(matched.map((m) => m.billed.id)).toEqual(['b3', 'b4']);
      expect(unmatched.map((r) => r.submitted?.procedureCode)).toEqual(['99215', 'J3301']);
    });
  });
});
