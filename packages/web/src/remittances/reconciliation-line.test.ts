import { describe, expect, it } from 'vitest';
import { reconciliationLine } from './reconciliation-line.ts';

describe('reconciliationLine', () => {
  it.each([
    [
      { claimPayments: 8786, providerAdjustments: 1981, payment: 6805, balanced: true },
      'Claims $87.86 − adjustments $19.81 = paid $68.05 ✓',
    ],
    [
      { claimPayments: 8786, providerAdjustments: -520, payment: 9306, balanced: true },
      'Claims $87.86 − adjustments -$5.20 = paid $93.06 ✓',
    ],
    [
      { claimPayments: 10000, providerAdjustments: 500, payment: 9000, balanced: false },
      'Claims $100.00 − adjustments $5.00 = $95.00, but the payment is $90.00 ✗ (off by -$5.00)',
    ],
  ])('%j → %s', (r, text) => expect(reconciliationLine(r)).toBe(text));
});
