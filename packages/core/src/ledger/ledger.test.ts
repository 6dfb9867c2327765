import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import { Ledger } from './ledger.ts';
import type { LedgerEntry, Party } from './ledger-entry.ts';
import { accountLineId, payerAccountLineId } from './ledger-entry.ts';

const primary: Party = { kind: 'payer', coverageId: 'medicare' };
const secondary: Party = { kind: 'payer', coverageId: 'medigap' };
const patient: Party = { kind: 'patient' };
const on = isoDate('2026-03-20');
let n = 0;
const id = () => `e${(n += 1)}`;

const charge = (amount: number, party: Party = primary, lineId = 'L1'): LedgerEntry => ({
  id: id(),
  kind: 'charge',
  lineId,
  postedOn: on,
  amount: cents(amount),
  party,
});
const pay = (amount: number, party: Party = primary, overpayment = false): LedgerEntry => ({
  id: id(),
  kind: 'payment',
  lineId: 'L1',
  postedOn: on,
  amount: cents(amount),
  party,
  ...(overpayment ? { overpayment } : {}),
});
const adjust = (
  amount: number,
  party: Party = primary,
  group: 'CO' | 'PR' = 'CO',
  reason = '45',
): LedgerEntry => ({
  id: id(),
  kind: 'adjustment',
  lineId: 'L1',
  postedOn: on,
  amount: cents(amount),
  party,
  group,
  reason,
});
const transfer = (amount: number, from: Party, to: Party): LedgerEntry => ({
  id: id(),
  kind: 'transfer',
  lineId: 'L1',
  postedOn: on,
  amount: cents(amount),
  from,
  to,
});
const reverse = (entry: LedgerEntry): Extract<LedgerEntry, { kind: 'reversal' }> => ({
  id: id(),
  kind: 'reversal',
  lineId: entry.lineId,
  postedOn: on,
  amount: entry.amount,
  reverses: entry.id,
});
const refund = (amount: number, party: Party): LedgerEntry => ({
  id: id(),
  kind: 'refund',
  lineId: 'L1',
  postedOn: on,
  amount: cents(amount),
  party,
});

describe('Ledger', () => {
  it('walks a Medicare line to zero: charge, allowed, paid 80%, coinsurance to the secondary, paid', () => {
    const ledger = new Ledger();
    for (const entry of [
      charge(18550),
      adjust(8517), // CO-45: charge 185.50, allowed 100.33
      pay(8026), // 80% of allowed
      transfer(2007, primary, secondary), // PR-2 coinsurance 20.07 moves on
      pay(2007, secondary),
    ]) {
      expect(ledger.post(entry)).toEqual([]);
    }
    expect(ledger.balances.lineBalance('L1')).toBe(0);
    expect(ledger.balances.owed('L1', primary)).toBe(0);
  });

  it('moves a deductible to the patient and takes the patient payment', () => {
    const ledger = new Ledger([charge(12500), adjust(2500), transfer(10000, primary, patient)]);
    expect(ledger.balances.owed('L1', patient)).toBe(10000);
    expect(ledger.post(pay(4000, patient))).toEqual([]);
    expect(ledger.balances.total(['L1'], patient)).toBe(6000);
  });

  it.each([
    ['a zero amount', () => pay(0), 'not_positive'],
    ['a second charge on the line', () => charge(100), 'charged'],
    ['a payer paying more than it owes', () => pay(20000), 'overpayment'],
    ['a write-off larger than the balance', () => adjust(20000), 'exceeds_balance'],
    [
      'a transfer larger than the balance',
      () => transfer(20000, primary, patient),
      'exceeds_balance',
    ],
    ['a transfer to the same party', () => transfer(100, primary, primary), 'same_party'],
    ['a refund with no credit', () => refund(100, patient), 'exceeds_credit'],
  ])('refuses %s and changes nothing', (_label, make, code) => {
    const ledger = new Ledger([charge(18550)]);
    const problems = ledger.post(make());
    expect(problems[0]?.code).toBe(code);
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.balances.lineBalance('L1')).toBe(18550);
  });

  it('records a payer overpayment as a credit and refunds it', () => {
    const ledger = new Ledger([charge(10000)]);
    expect(ledger.post(pay(12000, primary, true))).toEqual([]);
    expect(ledger.balances.owed('L1', primary)).toBe(-2000);
    expect(ledger.post(refund(2000, primary))).toEqual([]);
    expect(ledger.balances.lineBalance('L1')).toBe(0);
  });

  it('takes back a payment by reversal (835 CLP02 = 22), once, keeping the original', () => {
    const payment = pay(8000);
    const ledger = new Ledger([charge(10000), payment]);
    expect(ledger.post(reverse(payment))).toEqual([]);
    expect(ledger.balances.owed('L1', primary)).toBe(10000);
    expect(ledger.entries).toHaveLength(3);
    expect(ledger.isReversed(payment.id)).toBe(true);
    expect(ledger.post(reverse(payment))[0]?.code).toBe('already_reversed');
  });

  it('refuses a reversal that would leave a payer owing less than nothing', () => {
    const move = transfer(3000, primary, secondary);
    const ledger = new Ledger([charge(10000), move, pay(3000, secondary)]);
    expect(ledger.post(reverse(move))[0]?.code).toBe('negative_payer_balance');
  });

  it('refuses an unknown, mismatched or nested reversal', () => {
    const c = charge(10000);
    const ledger = new Ledger([c]);
    expect(ledger.post({ ...reverse(c), reverses: 'nope' })[0]?.code).toBe('unknown');
    expect(ledger.post({ ...reverse(c), amount: cents(1) })[0]?.code).toBe('mismatch');
    const r = reverse(c);
    expect(ledger.post(r)).toEqual([]);
    expect(ledger.post(reverse(r))[0]?.code).toBe('reversal');
  });
});

describe("the patient's account (money not yet applied)", () => {
  const account = accountLineId('p1');
  const entry = (kind: 'payment' | 'application' | 'charge', amount: number, lineId = account) =>
    ({
      id: id(),
      kind,
      lineId,
      postedOn: on,
      amount: cents(amount),
      party: patient,
    }) as LedgerEntry;

  it('holds a payment as a credit, and applies it to a line as a new pair of entries', () => {
    const ledger = new Ledger();
    expect(ledger.post(entry('payment', 2500))).toEqual([]);
    expect(ledger.balances.owed(account, patient)).toBe(-2500);
    expect(ledger.post(charge(18550, primary, 'L1'))).toEqual([]);
    expect(ledger.post(entry('application', 2500))).toEqual([]);
    expect(ledger.post(entry('payment', 2500, 'L1'))).toEqual([]);
    expect(ledger.balances.owed(account, patient)).toBe(0);
    expect(ledger.balances.owed('L1', patient)).toBe(-2500);
    expect(ledger.balances.total([account, 'L1'])).toBe(18550 - 2500);
  });

  it('refuses what does not belong on an account, or more than its credit', () => {
    const ledger = new Ledger([entry('payment', 1000)]);
    expect(ledger.post(entry('charge', 100)).map((p) => p.code)).toEqual(['account']);
    expect(ledger.post({ ...pay(100), lineId: account }).map((p) => p.code)).toEqual(['account']);
    expect(ledger.post(entry('application', 1001)).map((p) => p.code)).toEqual(['exceeds_credit']);
    expect(ledger.post(entry('application', 100, 'L1')).map((p) => p.code)).toEqual([
      'not_account',
    ]);
  });
});

describe("the payer's account (835 provider-level adjustments)", () => {
  const account = payerAccountLineId('medicare-b');
  const plb = (
    direction: 'withheld' | 'added',
    amount: number,
    lineId = account,
    reason = direction === 'added' ? 'L6' : 'WO',
  ): LedgerEntry => ({
    id: id(),
    kind: 'provider_adjustment',
    lineId,
    postedOn: on,
    amount: cents(amount),
    direction,
    reason,
  });

  it('holds interest added and a recoupment withheld without moving any balance, and reverses them', () => {
    const ledger = new Ledger([charge(18550), pay(8026)]);
    const interest = plb('added', 520);
    expect(ledger.post(interest)).toEqual([]);
    expect(ledger.post(plb('withheld', 2500))).toEqual([]);
    expect(ledger.balances.lineBalance('L1')).toBe(18550 - 8026);
    expect([...ledger.balances.entries()].map((b) => b.lineId)).toEqual(['L1']);
    expect(ledger.post(reverse(interest))).toEqual([]);
    expect(ledger.isReversed(interest.id)).toBe(true);
  });

  it.each([
    ['on a service line', () => plb('added', 520, 'L1'), 'not_payer_account'],
    ["on a patient's account", () => plb('added', 520, accountLineId('p1')), 'not_payer_account'],
    ['with no reason', () => plb('withheld', 100, account, ' '), 'required'],
    ['of zero', () => plb('withheld', 0), 'not_positive'],
    ["a payment on the payer's account", () => ({ ...pay(100), lineId: account }), 'payer_account'],
  ])('refuses a provider adjustment %s', (_label, make, code) => {
    const ledger = new Ledger([charge(18550)]);
    expect(ledger.post(make()).map((p) => p.code)).toEqual([code]);
    expect(ledger.entries).toHaveLength(1);
  });
});
