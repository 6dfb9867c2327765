import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cents } from '../money/index.ts';
import { isoDate } from '../dates/index.ts';
import {
  planCreditApplication,
  planPatientPayment,
  planPatientRefund,
} from './patient-payments.ts';
import type { PatientLineBalance } from './patient-payments.ts';

const line = (lineId: string, date: string, owed: number, sequence = 1): PatientLineBalance => ({
  lineId,
  serviceDate: isoDate(date),
  sequence,
  owed: cents(owed),
});

/** The patient's account with nothing unapplied on it. */
const noCredit = { lineId: 'account:p1', owed: cents(0) };

describe('planPatientPayment', () => {
  const lines = [
    line('march-2', '2026-03-02', 2000, 2),
    line('jan', '2026-01-15', 4500),
    line('march-1', '2026-03-02', 1500, 1),
    line('paid', '2025-12-01', 0),
  ];

  it('pays the oldest service first, each line in full before the next', () => {
    expect(planPatientPayment(lines, cents(5000), noCredit)).toEqual({
      ok: true,
      parts: [
        { lineId: 'jan', amount: 4500, overpayment: false },
        { lineId: 'march-1', amount: 500, overpayment: false },
      ],
    });
  });

  it('keeps what is more than the balance as a credit on the newest line', () => {
    expect(planPatientPayment(lines, cents(10_000), noCredit)).toEqual({
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

  it('refuses nothing to pay', () => {
    expect(planPatientPayment(lines, cents(0), noCredit)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'not_positive' })],
    });
  });

  it('keeps a payment taken before any charge on the account, unapplied', () => {
    expect(planPatientPayment([], cents(2500), noCredit)).toEqual({
      ok: true,
      parts: [{ lineId: 'account:p1', amount: 2500, overpayment: false }],
      credit: { lineId: 'account:p1', amount: 2500 },
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
          const plan = planPatientPayment(balances, cents(amount), noCredit);
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
    expect(planPatientRefund(lines, cents(1200), noCredit)).toEqual({
      ok: true,
      parts: [
        { lineId: 'new', amount: 1000, overpayment: false },
        { lineId: 'old', amount: 200, overpayment: false },
      ],
    });
  });

  it('refuses more than the credit', () => {
    expect(planPatientRefund(lines, cents(1301), noCredit)).toEqual({
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

describe('planPatientRefund from the account', () => {
  it('refunds unapplied money on the account first, then line credits', () => {
    const account = { lineId: 'account:p1', owed: cents(-2500) };
    expect(planPatientRefund([line('new', '2026-02-02', -1000)], cents(3000), account)).toEqual({
      ok: true,
      parts: [
        { lineId: 'account:p1', amount: 2500, overpayment: false },
        { lineId: 'new', amount: 500, overpayment: false },
      ],
    });
  });
});

describe('planCreditApplication', () => {
  const charged = (lineId: string, date: string, open: number, sequence = 1) => ({
    lineId,
    serviceDate: isoDate(date),
    sequence,
    open: cents(open),
  });

  it.each([
    {
      name: 'a copay smaller than the first line lands on it',
      credit: -2500,
      lines: [charged('em', '2026-03-02', 18550, 1), charged('xray', '2026-03-02', 4000, 2)],
      want: [{ lineId: 'em', amount: 2500 }],
    },
    {
      name: 'a credit larger than a line spills onto the next, oldest service first',
      credit: -20000,
      lines: [charged('later', '2026-03-03', 9000), charged('em', '2026-03-02', 18550)],
      want: [
        { lineId: 'em', amount: 18550 },
        { lineId: 'later', amount: 1450 },
      ],
    },
    {
      name: 'more credit than charges leaves the rest on the account',
      credit: -50000,
      lines: [charged('em', '2026-03-02', 18550), charged('closed', '2026-03-01', 0)],
      want: [{ lineId: 'em', amount: 18550 }],
    },
    {
      name: 'no credit, nothing applied',
      credit: 0,
      lines: [charged('em', '2026-03-02', 100)],
      want: [],
    },
  ])('$name', ({ credit, lines, want }) => {
    expect(planCreditApplication({ lineId: 'account:p1', owed: cents(credit) }, lines)).toEqual(
      want,
    );
  });
});
