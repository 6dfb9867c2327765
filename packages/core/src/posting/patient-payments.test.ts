import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cents } from '../money/index.ts';
import { isoDate } from '../dates/index.ts';
import { planPatientPayment, planPatientRefund } from './patient-payments.ts';
import type { PatientLineBalance } from './patient-payments.ts';

const line = (lineId: string, date: string, owed: number, sequence = 1): PatientLineBalance => ({
  lineId,
  serviceDate: isoDate(date),
  sequence,
  owed: cents(owed),
});

describe('planPatientPayment', () => {
  const lines = [
    line('march-2', '2026-03-02', 2000, 2),
    line('jan', '2026-01-15', 4500),
    line('march-1', '2026-03-02', 1500, 1),
    line('paid', '2025-12-01', 0),
  ];

  it('pays the oldest service first, each line in full before the next', () => {
    expect(planPatientPayment(lines, cents(5000))).toEqual({
      ok: true,
      parts: [
        { lineId: 'jan', amount: 4500, overpayment: false },
        { lineId: 'march-1', amount: 500, overpayment: false },
      ],
    });
  });

  it('keeps what is more than the balance as a credit on the newest line', () => {
    expect(planPatientPayment(lines, cents(10_000))).toEqual({
      ok: true,
      parts: [
        { lineId: 'jan', amount: 4500, overpayment: false },
        { lineId: 'march-1', amount: 1500, overpayment: false },
        { lineId: 'march-2', amount: 2000, overpayment: false },
        { lineId: 'march-2', amount: 2000, overpayment: true },
      ],
      credit: { lineId: 'march-2', amount: 2000 },
    });
  });

  it('refuses nothing to pay and no charged service', () => {
    expect(planPatientPayment(lines, cents(0))).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'not_positive' })],
    });
    expect(planPatientPayment([], cents(100))).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'nothing_charged' })],
    });
  });

  it('never loses or invents a cent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 50_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 200_000 }),
        (owed, amount) => {
          const balances = owed.map((o, i) =>
            line(`l${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, o, i),
          );
          const plan = planPatientPayment(balances, cents(amount));
          if (!plan.ok) return false;
          const applied = plan.parts
            .filter((p) => !p.overpayment)
            .reduce((sum, a) => sum + a.amount, 0);
          const owedTotal = owed.filter((o) => o > 0).reduce((a, b) => a + b, 0);
          return (
            applied + (plan.credit?.amount ?? 0) === amount &&
            applied <= owedTotal &&
            plan.parts.every(
              (a) =>
                a.amount > 0 &&
                (a.overpayment ||
                  a.amount <= (balances.find((b) => b.lineId === a.lineId)?.owed ?? 0)),
            )
          );
        },
      ),
    );
  });
});

describe('planPatientRefund', () => {
  const lines = [
    line('old', '2026-01-02', -300),
    line('new', '2026-02-02', -1000),
    line('owing', '2026-02-03', 500),
  ];

  it('refunds from the newest credits first', () => {
    expect(planPatientRefund(lines, cents(1200))).toEqual({
      ok: true,
      parts: [
        { lineId: 'new', amount: 1000, overpayment: false },
        { lineId: 'old', amount: 200, overpayment: false },
      ],
    });
  });

  it('refuses more than the credit', () => {
    expect(planPatientRefund(lines, cents(1301))).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: 'more_than_credit',
          message: expect.stringContaining('$13.00') as unknown,
        }),
      ],
    });
  });
});
