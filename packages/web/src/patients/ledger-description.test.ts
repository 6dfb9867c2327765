import { describe, expect, it } from 'vitest';
import { describeLedgerEntry, unappliedCredit } from './ledger-description.ts';
import type { LedgerEntry } from './use-patients.ts';

const entry = (fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'kind'>): LedgerEntry => ({
  seq: 1,
  postedOn: '2026-03-02',
  amount: 2500,
  effect: 0,
  source: 'receipt:r1',
  ...fields,
});

describe('the account ledger in words', () => {
  const copay = entry({ kind: 'payment', party: 'patient', effect: -2500, unapplied: true });
  const application = entry({
    kind: 'application',
    party: 'patient',
    effect: 2500,
    unapplied: true,
    source: 'account:p1',
    appliedTo: {
      serviceDate: '2026-03-02',
      procedureCode: '99214',
      claimNumber: 'A100001-1',
      claimLine: 1,
    },
  });
  const onLine = entry({
    kind: 'payment',
    party: 'patient',
    effect: -2500,
    source: 'account:p1',
    serviceDate: '2026-03-02',
    procedureCode: '99214',
  });

  it('names a self-pay charge as such', () => {
    const selfPay = entry({
      kind: 'charge',
      party: 'patient',
      effect: 2500,
      source: 'self-pay:e1',
    });
    expect(describeLedgerEntry(selfPay)).toBe(
      'Self-pay charge (no coverage in force on the date of service)',
    );
    expect(describeLedgerEntry({ ...selfPay, source: 'claim:c1', party: 'payer' })).toBe(
      'Charge billed to the payer',
    );
  });

  it('says a copay taken before the charge waits on the account, then where it went', () => {
    expect(describeLedgerEntry(copay)).toBe(
      'Patient payment before any charge — unapplied credit on account',
    );
    expect(describeLedgerEntry(application)).toBe(
      'Account credit applied to claim A100001-1 line 1 (99214, DOS 2026-03-02)',
    );
    expect(describeLedgerEntry(onLine)).toBe('Patient payment from account credit');
  });

  it('counts the credit left unapplied: all of it before the visit is charged, none after', () => {
    expect(unappliedCredit([copay])).toBe(2500);
    expect(unappliedCredit([copay, application, onLine])).toBe(0);
  });

  it('names adjustments and transfers by their codes and parties', () => {
    expect(
      describeLedgerEntry(
        entry({ kind: 'adjustment', party: 'payer', adjustmentGroup: 'CO', reason: '45' }),
      ),
    ).toBe('Adjustment CO-45 (payer)');
    expect(
      describeLedgerEntry(entry({ kind: 'transfer', party: 'payer', toParty: 'patient' })),
    ).toBe('Balance moved payer → patient');
  });
});
