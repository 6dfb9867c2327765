import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import type { Cents } from '../money/index.ts';
import {
  CLAIM_RECOUPMENT_REASONS,
  payerOfRemittance,
  PROVIDER_ADJUSTMENT_REASONS,
  providerAdjustmentEntry,
  providerAdjustmentReason,
  reconcileRemittance,
  recoupmentNote,
} from './provider-adjustments.ts';

const c = (n: number) => n as Cents;

describe('providerAdjustmentReason', () => {
  it.each([
    ['L6', 'Interest owed'],
    ['WO', 'Overpayment recovery'],
    ['FB', 'Forwarding balance'],
    ['72', 'Authorized return'],
    ['CS', 'Adjustment'],
    ['WU', 'Unspecified recovery'],
    ['ZZ', 'Adjustment reason ZZ (not in the 835 list)'],
  ])('%s: %s', (code, words) => {
    expect(providerAdjustmentReason(code)).toBe(words);
  });

  it('holds the 41 codes of the TR3 PLB03-1 list, and names every recoupment reason', () => {
    expect(Object.keys(PROVIDER_ADJUSTMENT_REASONS)).toHaveLength(41);
    for (const code of CLAIM_RECOUPMENT_REASONS)
      expect(PROVIDER_ADJUSTMENT_REASONS[code]).toBeDefined();
  });
});

describe('recoupmentNote', () => {
  it('says what was taken back, by whom, in which file and why', () => {
    expect(
      recoupmentNote({ reason: 'WO', amount: c(123456) }, 'MEDICARE PART B', 'april.835'),
    ).toBe('recouped $1,234.56 by MEDICARE PART B in april.835 (PLB WO overpayment recovery)');
  });

  it('says "returned" when the adjustment gives money back', () => {
    expect(recoupmentNote({ reason: 'FB', amount: c(-2500) }, 'PAYER', 'may.835')).toBe(
      'returned $25.00 by PAYER in may.835 (PLB FB forwarding balance)',
    );
  });
});

describe('reconcileRemittance', () => {
  it.each([
    {
      name: 'interest (negative PLB) adds to the payment',
      claims: [8786, 0],
      plb: [-520],
      payment: 9306,
      expected: 9306,
      difference: 0,
    },
    {
      name: 'a recoupment (positive PLB) reduces it',
      claims: [8786, 5000],
      plb: [2197, -520],
      payment: 12109,
      expected: 12109,
      difference: 0,
    },
    {
      name: 'a recoupment larger than the claims makes a debit',
      claims: [1000],
      plb: [3000],
      payment: -2000,
      expected: -2000,
      difference: 0,
    },
    {
      name: 'a deposit that does not match shows by how much',
      claims: [10000],
      plb: [500],
      payment: 9000,
      expected: 9500,
      difference: -500,
    },
  ])('$name', ({ claims, plb, payment, expected, difference }) => {
    const result = reconcileRemittance(
      claims.map(c),
      plb.map((amount) => ({ reason: 'CS', amount: c(amount) })),
      c(payment),
    );
    expect(result).toEqual({
      claimPayments: claims.reduce((s, n) => s + n, 0),
      providerAdjustments: plb.reduce((s, n) => s + n, 0),
      expectedPayment: expected,
      payment,
      difference,
      balanced: difference === 0,
    });
  });

  it('reconciles a file with no claims and no adjustments to a zero payment', () => {
    expect(reconcileRemittance([], [], c(0))).toMatchObject({ expectedPayment: 0, balanced: true });
  });
});

describe('providerAdjustmentEntry', () => {
  const at = { id: 'era:f1:plb:1', payerId: 'medicare-b', postedOn: isoDate('2026-04-02') };

  it("posts interest (a negative PLB) as money added on the payer's account", () => {
    expect(
      providerAdjustmentEntry({ reason: 'L6', reference: 'PCN-2', amount: c(-520) }, at),
    ).toEqual({
      id: 'era:f1:plb:1',
      kind: 'provider_adjustment',
      lineId: 'payer-account:medicare-b',
      postedOn: '2026-04-02',
      amount: 520,
      direction: 'added',
      reason: 'L6',
      reference: 'PCN-2',
    });
  });

  it('posts a recoupment (a positive PLB) as money withheld, and nothing for a zero amount', () => {
    expect(providerAdjustmentEntry({ reason: 'WO', amount: c(2500) }, at)).toMatchObject({
      amount: 2500,
      direction: 'withheld',
      reason: 'WO',
    });
    expect(providerAdjustmentEntry({ reason: 'WO', amount: c(0) }, at)).toBeUndefined();
  });
});

describe('payerOfRemittance', () => {
  const medicareB = { id: 'p1', name: 'Medicare Part B', payerId: '12345' };
  const medicareDme = { id: 'p2', name: 'Medicare Part B', payerId: '67890' };
  const aetna = { id: 'p3', name: 'Aetna', payerId: '60054' };

  it.each([
    [
      'by the payer id the 835 sends',
      { name: 'MCR', id: '67890' },
      [medicareB, medicareDme, aetna],
      [],
      'p2',
    ],
    [
      'by its name, ignoring case and spaces',
      { name: 'MEDICARE PART B' },
      [medicareB, aetna],
      [],
      'p1',
    ],
    [
      'among payers of one name, the one its claims were billed to',
      { name: 'MEDICARE PART B' },
      [medicareB, medicareDme, aetna],
      ['p2', 'p2'],
      'p2',
    ],
    [
      'naming no payer on file, the one its claims were billed to',
      { name: 'MCR JURISDICTION J' },
      [medicareB, aetna],
      ['p1'],
      'p1',
    ],
    [
      'never guessed between two payers',
      { name: 'MEDICARE PART B' },
      [medicareB, medicareDme],
      [],
      undefined,
    ],
    [
      'never guessed from claims of two payers',
      { name: 'UNKNOWN' },
      [medicareB, aetna],
      ['p1', 'p3'],
      undefined,
    ],
  ])('finds the payer %s', (_label, remit, onFile, postedTo, expected) => {
    expect(payerOfRemittance(remit, onFile, postedTo)?.id).toBe(expected);
  });
});
