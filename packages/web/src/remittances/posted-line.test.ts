import { describe, expect, it } from 'vitest';
import { describeProcedure } from './posted-line.ts';

describe('describeProcedure', () => {
  it.each([
    [{ procedureCode: '71046', modifiers: ['26'] }, '71046-26'],
    [
      { procedureCode: '99214', modifiers: [], paidAs: { code: '99213', modifiers: [] } },
      '99214 → paid as 99213',
    ],
    [
      { procedureCode: '20610', modifiers: ['RT', '59'], paidAs: { code: '20610', modifiers: [] } },
      '20610-RT-59 → paid as 20610',
    ],
    [
      {
        procedureCode: '80053',
        modifiers: [],
        unbundledInto: [
          { code: '82947', modifiers: [], paid: 1200 },
          { code: '84132', modifiers: ['QW'], paid: 800 },
          { code: '82565', modifiers: [], paid: 0 },
        ],
      },
      '80053 → paid as 82947 ($12.00), 84132-QW ($8.00), 82565 ($0.00)',
    ],
  ])('%j → %s', (line, text) => expect(describeProcedure(line)).toBe(text));
});
