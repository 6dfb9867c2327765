import { describe, expect, it } from 'vitest';
import { describeEntry } from './posted-entry.ts';

describe('describeEntry', () => {
  it.each([
    [{ kind: 'payment', amount: 8000, party: 'payer' }, 'paid $80.00'],
    [{ kind: 'adjustment', amount: 2500, adjustmentGroup: 'CO', reason: '45' }, 'CO-45 $25.00'],
    [{ kind: 'transfer', amount: 2000, party: 'payer', toParty: 'patient' }, 'to patient $20.00'],
    [{ kind: 'transfer', amount: 4700, party: 'payer', toParty: 'payer' }, 'to next payer $47.00'],
    [{ kind: 'reversal', amount: 100 }, 'reversal $1.00'],
  ])('%j → %s', (entry, text) => expect(describeEntry(entry)).toBe(text));
});
