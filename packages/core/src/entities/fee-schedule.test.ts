import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { feeFor, feeScheduleInput } from './fee-schedule.ts';

const schedule = (
  from: string,
  to: string | undefined,
  entries: [string, string | undefined, string][],
) =>
  feeScheduleInput.parse({
    name: `from ${from}`,
    effectiveFrom: from,
    ...(to ? { effectiveTo: to } : {}),
    entries: entries.map(([procedureCode, modifier, amount]) => ({
      procedureCode,
      ...(modifier ? { modifier } : {}),
      amount,
    })),
  });

const y2025 = schedule('2025-01-01', '2025-12-31', [
  ['99213', undefined, '120.00'],
  ['71046', undefined, '95.00'],
  ['71046', '26', '40.00'],
  ['71046', 'TC', '55.00'],
]);
const y2026 = schedule('2026-01-01', undefined, [['99213', undefined, '125.00']]);

describe('feeFor', () => {
  it.each([
    ['the plain code', '99213', [], '2025-06-30', 12000],
    ['the schedule in force on the date', '99213', [], '2026-01-01', 12500],
    ['the last day of a closed schedule', '99213', [], '2025-12-31', 12000],
    ['the first modifier’s own price', '71046', ['26'], '2025-03-01', 4000],
    ['TC priced separately', '71046', ['TC', 'RT'], '2025-03-01', 5500],
    ['the plain price when the modifier has none', '71046', ['RT'], '2025-03-01', 9500],
    ['nothing before any schedule', '99213', [], '2024-12-31', undefined],
    ['nothing for an unpriced code', '99499', [], '2025-03-01', undefined],
    ['nothing when the newer schedule lacks the code', '71046', [], '2026-02-01', undefined],
  ])('finds %s', (_label, code, modifiers, date, expected) => {
    expect(feeFor([y2025, y2026], code, modifiers, isoDate(date))).toBe(expected);
  });

  it('prefers the schedule that started last when two overlap', () => {
    const midYear = schedule('2025-07-01', undefined, [['99213', undefined, '130.00']]);
    expect(feeFor([y2025, midYear], '99213', [], isoDate('2025-08-01'))).toBe(13000);
    expect(feeFor([y2025, midYear], '99213', [], isoDate('2025-06-30'))).toBe(12000);
  });
});

describe('feeScheduleInput', () => {
  it.each([
    [{ effectiveTo: '2024-12-31' }, 'effectiveTo'],
    [
      {
        entries: [
          { procedureCode: '99213', amount: '1' },
          { procedureCode: '99213', amount: '2' },
        ],
      },
      'entries.1.procedureCode',
    ],
    [{ entries: [{ procedureCode: '99213', amount: '-1.00' }] }, 'entries.0.amount'],
    [{ entries: [{ procedureCode: '99213', amount: '1.005' }] }, 'entries.0.amount'],
  ])('refuses %o at %s', (change, path) => {
    const result = feeScheduleInput.safeParse({
      name: 'x',
      effectiveFrom: '2025-01-01',
      entries: [],
      ...change,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
