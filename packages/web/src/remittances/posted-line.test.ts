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
  ])('%j → %s', (line, text) => expect(describeProcedure(line)).toBe(text));
});
