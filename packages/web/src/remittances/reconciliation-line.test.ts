import { describe, expect, it } from 'vitest';
import { ledgerLine, reconciliationLine } from './reconciliation-line.ts';

describe('reconciliationLine', () => {
  it.each([
    [
      {
        claimPayments: 8786,
        providerAdjustments: 1981,
        payment: 6805,
        balanced: true,
        ledger: 6805,
      },
      'Claims $87.86 − adjustments $19.81 = paid $68.05 ✓',
    ],
    [
      {
        claimPayments: 8786,
        providerAdjustments: -520,
        payment: 9306,
        balanced: true,
        ledger: 9306,
      },
      'Claims $87.86 − adjustments -$5.20 = paid $93.06 ✓',
    ],
    [
      { claimPayments: 10000, providerAdjustments: 500, payment: 9000, balanced: false, ledger: 0 },
      'Claims $100.00 − adjustments $5.00 = $95.00, but the payment is $90.00 ✗ (off by -$5.00)',
    ],
  ])('%j → %s', (r, text) => expect(reconciliationLine(r)).toBe(text));
});

describe('ledgerLine', () => {
  const r = { claimPayments: 8786, providerAdjustments: 1981, payment: 6805, balanced: true };
  it('says the ledger holds the deposit', () =>
    expect(ledgerLine({ ...r, ledger: 6805 })).toBe('In the ledger: $68.05 ✓'));
  it('says how much is missing and where it waits', () =>
    expect(ledgerLine({ ...r, ledger: 6000 })).toBe(
      'In the ledger: $60.00, $8.05 short of the payment: the rest waits on the unmatched worklist',
    ));
});
