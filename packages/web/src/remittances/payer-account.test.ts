import { describe, expect, it } from 'vitest';
import { adjustmentPosting, adjustmentWords, payerAccountLines } from './payer-account.ts';

describe('adjustmentWords', () => {
  it.each([
    [{ reason: 'L6', reasonText: 'Interest owed', amount: -520 }, 'Interest paid by the payer'],
    [
      { reason: 'WO', reasonText: 'Overpayment recovery', amount: 2500 },
      'Withheld: overpayment recovery',
    ],
    [
      { reason: 'FB', reasonText: 'Forwarding balance', amount: -1000 },
      'Added: forwarding balance',
    ],
  ])('%j → %s', (a, words) => expect(adjustmentWords(a)).toBe(words));
});

describe('adjustmentPosting', () => {
  it('names the payer account, or why nothing was posted', () => {
    expect(adjustmentPosting({ postedTo: { payerId: 'p1', payerName: 'Medicare Part B' } })).toBe(
      "posted to Medicare Part B's account",
    );
    expect(adjustmentPosting({})).toBe(
      'not posted: the 835 names no single payer on file (on the unmatched worklist); choose the payer',
    );
  });
});

describe('payerAccountLines', () => {
  const account = { payerId: 'p1', payerName: 'Medicare Part B' };
  it('lists interest, recoveries and the forwarding balance still owed, leaving out zeros', () => {
    expect(
      payerAccountLines({ ...account, interest: 650, recouped: 2500, forwardingBalanceOwed: 500 }),
    ).toEqual([
      'Interest paid by the payer: $6.50',
      'Withheld: overpayment recovery: $25.00',
      'Forwarding balance still to be withheld: $5.00',
    ]);
    expect(
      payerAccountLines({ ...account, interest: 0, recouped: 0, forwardingBalanceOwed: -300 }),
    ).toEqual(['Forwarding balance withheld beyond what the payer forwarded: $3.00']);
  });
});
