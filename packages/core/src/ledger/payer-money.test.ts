import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import type { LedgerEntry, Party, ProviderAdjustmentDirection } from './ledger-entry.ts';
import { payerAccountLineId } from './ledger-entry.ts';
import { payerAccountSummary, payerMoneyOf, remittanceLedgerMoney } from './payer-money.ts';

const medicare: Party = { kind: 'payer', coverageId: 'medicare' };
const patient: Party = { kind: 'patient' };
const on = isoDate('2026-04-02');
const account = payerAccountLineId('medicare-b');

const payment = (id: string, amount: number, party: Party = medicare): LedgerEntry => ({
  id,
  kind: 'payment',
  lineId: 'L1',
  postedOn: on,
  amount: cents(amount),
  party,
});
const plb = (
  id: string,
  direction: ProviderAdjustmentDirection,
  amount: number,
  reason: string,
): LedgerEntry => ({
  id,
  kind: 'provider_adjustment',
  lineId: account,
  postedOn: on,
  amount: cents(amount),
  direction,
  reason,
});
const reversal = (id: string, of: LedgerEntry): LedgerEntry => ({
  id,
  kind: 'reversal',
  lineId: of.lineId,
  postedOn: on,
  amount: of.amount,
  reverses: of.id,
});
const byIdOf = (entries: readonly LedgerEntry[]) => new Map(entries.map((e) => [e.id, e]));

describe('remittanceLedgerMoney', () => {
  it('equals the deposit of an 835 paying $87.86 with $5.20 interest, $25.00 recouped and a takeback of an earlier $40.00', () => {
    const earlier = payment('march-pay', 4000);
    const april = [
      payment('april-pay-1', 8026),
      payment('april-pay-2', 760),
      {
        id: 'april-wo',
        kind: 'adjustment',
        lineId: 'L1',
        postedOn: on,
        amount: cents(8517),
        party: medicare,
        group: 'CO',
        reason: '45',
      } satisfies LedgerEntry,
      reversal('april-takeback', earlier),
      plb('april-l6', 'added', 520, 'L6'),
      plb('april-wo', 'withheld', 2500, 'WO'),
    ];
    // BPR02 = Σ CLP04 (87.86 − 40.00) − Σ PLB (−5.20 + 25.00)
    expect(remittanceLedgerMoney(april, byIdOf([earlier, ...april]))).toBe(
      8786 - 4000 - (-520 + 2500),
    );
  });

  it("counts no patient's money, and takes a refund to the payer back out", () => {
    const entries: LedgerEntry[] = [
      payment('p1', 5000),
      payment('p2', 2000, patient),
      { id: 'r1', kind: 'refund', lineId: 'L1', postedOn: on, amount: cents(300), party: medicare },
    ];
    expect(remittanceLedgerMoney(entries, byIdOf(entries))).toBe(4700);
  });

  it('refuses to count a reversal of an entry it was not given', () => {
    const lone = reversal('r', payment('gone', 100));
    expect(() => payerMoneyOf(lone, new Map())).toThrow(/unknown entry gone/);
  });
});

describe('payerAccountSummary', () => {
  it('nets interest, recoupments and the forwarding balance still owed back over several files', () => {
    const recoupedTwice = plb('wo-2', 'withheld', 1000, 'WO');
    const entries = [
      plb('l6-1', 'added', 520, 'L6'),
      plb('wo-1', 'withheld', 2500, 'WO'),
      // The payer could not take all $40.00 back from one deposit: it forwards $15.00…
      plb('fb-1', 'added', 1500, 'FB'),
      plb('l6-2', 'added', 130, 'L6'),
      recoupedTwice,
      reversal('wo-2-undone', recoupedTwice),
      // …and takes $10.00 of it from the next one.
      plb('fb-2', 'withheld', 1000, 'FB'),
    ];
    expect(payerAccountSummary(entries)).toEqual({
      interest: 650,
      recouped: 2500,
      forwardingBalanceOwed: 500,
      byReason: [
        { reason: 'L6', net: 650 },
        { reason: 'WO', net: -2500 },
        { reason: 'FB', net: 500 },
      ],
    });
  });

  it('is all zero for an account with nothing on it', () => {
    expect(payerAccountSummary([])).toEqual({
      interest: 0,
      recouped: 0,
      forwardingBalanceOwed: 0,
      byReason: [],
    });
  });
});
