import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { Ledger } from '../ledger/index.ts';
import type { LedgerEntry, Party } from '../ledger/index.ts';
import { cents } from '../money/index.ts';
import { planChargeChanges, planVoid, replacementRefusals } from './claim-versions.ts';

const on = isoDate('2026-04-01');
const primary: Party = { kind: 'payer', coverageId: 'P' };
const secondary: Party = { kind: 'payer', coverageId: 'S' };
const patient: Party = { kind: 'patient' };
const id = (suffix: string) => `fix:${suffix}`;

/** A line charged 100.00 to the primary, paid 60.00, written off 10.00, 20.00 to the patient. */
function paidLine(): Ledger {
  const base = { lineId: 'L1', postedOn: on };
  return new Ledger([
    { ...base, id: 'c', kind: 'charge', amount: cents(100_00), party: primary },
    { ...base, id: 'p', kind: 'payment', amount: cents(60_00), party: primary },
    {
      ...base,
      id: 'a',
      kind: 'adjustment',
      amount: cents(10_00),
      party: primary,
      group: 'CO',
      reason: '45',
    },
    { ...base, id: 't', kind: 'transfer', amount: cents(20_00), from: primary, to: patient },
  ]);
}

function post(ledger: Ledger, entries: readonly LedgerEntry[]): void {
  for (const entry of entries) expect(ledger.post(entry)).toEqual([]);
}

describe('replacementRefusals', () => {
  const paid = {
    claimNumber: 'A1-7',
    status: 'paid',
    frequency: '1',
    payerClaimNumber: '2206',
  } as const;

  it('lets a paid claim with a payer claim number be corrected or voided', () => {
    expect(replacementRefusals(paid, 'correct')).toEqual([]);
    expect(replacementRefusals(paid, 'void')).toEqual([]);
  });

  it.each([
    [{ ...paid, payerClaimNumber: '' }, 'payer_claim_number', /no payer claim number yet/],
    [{ ...paid, status: 'submitted' as const }, 'status', /is submitted: only a claim the payer/],
    [{ ...paid, status: 'rejected' as const }, 'status', /send it as an original/],
    [{ ...paid, replacedBy: 'A1-9' }, 'replaced', /already replaced by claim A1-9/],
    [{ ...paid, frequency: '8' as const }, 'void', /is a void/],
  ])('refuses %o in words', (claim, code, message) => {
    const problems = replacementRefusals(claim, 'correct');
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('planChargeChanges', () => {
  it('posts a raised charge as a supplement charge to the billed payer', () => {
    const ledger = paidLine();
    const plan = planChargeChanges(
      [{ lineId: 'L1', label: 'line 1 (99214)', before: cents(100_00), after: cents(130_00) }],
      ledger.balances,
      primary,
      on,
      id,
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    post(ledger, plan.entries);
    expect(ledger.balances.owed('L1', primary)).toBe(40_00);
    expect(ledger.balances.lineBalance('L1')).toBe(60_00);
  });

  it('writes a lowered charge off the open balances, billed payer first, then the patient', () => {
    const base = { lineId: 'L1', postedOn: on };
    const ledger = new Ledger([
      { ...base, id: 'c', kind: 'charge', amount: cents(100_00), party: primary },
      { ...base, id: 't', kind: 'transfer', amount: cents(70_00), from: primary, to: patient },
    ]);
    const plan = planChargeChanges(
      [{ lineId: 'L1', label: 'line 1', before: cents(100_00), after: cents(50_00) }],
      ledger.balances,
      primary,
      on,
      id,
    );
    if (!plan.ok) throw new Error('refused');
    expect(plan.entries.map((e) => [e.kind, e.amount, 'party' in e ? e.party.kind : ''])).toEqual([
      ['adjustment', 30_00, 'payer'],
      ['adjustment', 20_00, 'patient'],
    ]);
    post(ledger, plan.entries);
    expect(ledger.balances.lineBalance('L1')).toBe(50_00);
  });

  it('refuses to lower a paid line below what was paid, changing nothing', () => {
    const ledger = paidLine();
    const plan = planChargeChanges(
      [{ lineId: 'L1', label: 'line 1 (99214)', before: cents(100_00), after: cents(40_00) }],
      ledger.balances,
      primary,
      on,
      id,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems[0]?.path).toBe('lines.0.charge');
    expect(plan.problems[0]?.message).toMatch(/line 1 \(99214\): lowering the charge by \$60\.00/);
  });
});

describe('planVoid', () => {
  it('writes off every open balance and leaves the payments posted', () => {
    const ledger = paidLine();
    const entries = planVoid(['L1'], ledger.balances, primary, on, id);
    post(ledger, entries);
    expect(ledger.balances.lineBalance('L1')).toBe(0);
    expect(ledger.entries.filter((e) => e.kind === 'payment').map((e) => e.amount)).toEqual([
      60_00,
    ]);
    expect(entries.every((e) => e.kind === 'adjustment' && e.group === 'CR')).toBe(true);
  });
});

describe('corrections and voids keep the books (property)', () => {
  const parties = [primary, secondary, patient];
  const history = fc.array(
    fc.record({
      party: fc.nat(2),
      pay: fc.integer({ min: 0, max: 400_00 }),
      move: fc.integer({ min: 0, max: 400_00 }),
      to: fc.nat(2),
    }),
    { maxLength: 6 },
  );

  it('a correction or void never changes a payment, and balances stay charge − paid − adjusted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500_00 }),
        history,
        fc.option(fc.integer({ min: 0, max: 900_00 }), { nil: undefined }),
        (charge, steps, after) => {
          const ledger = new Ledger([
            {
              id: 'c',
              kind: 'charge',
              lineId: 'L1',
              postedOn: on,
              amount: cents(charge),
              party: primary,
            },
          ]);
          steps.forEach((s, i) => {
            const party = parties[s.party]!;
            const owed = ledger.balances.owed('L1', party);
            const pay = Math.min(s.pay, owed);
            if (pay > 0)
              ledger.post({
                id: `p${i}`,
                kind: 'payment',
                lineId: 'L1',
                postedOn: on,
                amount: cents(pay),
                party,
              });
            const left = ledger.balances.owed('L1', party);
            const move = Math.min(s.move, left);
            const to = parties[s.to]!;
            if (move > 0 && to !== party)
              ledger.post({
                id: `t${i}`,
                kind: 'transfer',
                lineId: 'L1',
                postedOn: on,
                amount: cents(move),
                from: party,
                to,
              });
          });
          const paymentsBefore = ledger.entries.filter((e) => e.kind === 'payment');
          const entries =
            after === undefined
              ? planVoid(['L1'], ledger.balances, primary, on, id)
              : (() => {
                  const plan = planChargeChanges(
                    [{ lineId: 'L1', label: 'line 1', before: cents(charge), after: cents(after) }],
                    ledger.balances,
                    primary,
                    on,
                    id,
                  );
                  return plan.ok ? plan.entries : [];
                })();
          for (const entry of entries) expect(ledger.post(entry)).toEqual([]);
          expect(ledger.entries.filter((e) => e.kind === 'payment')).toEqual(paymentsBefore);
          const sum = (kind: string) =>
            ledger.entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amount, 0);
          expect(ledger.balances.lineBalance('L1')).toBe(
            sum('charge') - sum('payment') - sum('adjustment'),
          );
          if (after === undefined) {
            for (const party of parties)
              expect(ledger.balances.owed('L1', party)).toBeLessThanOrEqual(0);
          } else if (entries.length > 0 || after === charge) {
            expect(sum('charge') - sumCr(ledger)).toBe(after);
          }
        },
      ),
    );
  });
});

const sumCr = (ledger: Ledger) =>
  ledger.entries
    .filter((e) => e.kind === 'adjustment' && e.group === 'CR')
    .reduce((s, e) => s + e.amount, 0);
