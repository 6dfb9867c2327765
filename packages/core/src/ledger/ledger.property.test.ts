import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import { Balances } from './balances.ts';
import { Ledger } from './ledger.ts';
import type { LedgerEntry, Party } from './ledger-entry.ts';
import { accountLineId, partyKey, payerAccountLineId, payerAccountOf } from './ledger-entry.ts';
import { payerMoneyOf, remittanceLedgerMoney } from './payer-money.ts';

const parties: Party[] = [
  { kind: 'payer', coverageId: 'P' },
  { kind: 'payer', coverageId: 'S' },
  { kind: 'patient' },
];
/**
 * Three service lines, the patient's account (money not yet applied to a line) and a payer's
 * account (provider-level adjustments); any operation may aim at any of them.
 */
const lines = ['L1', 'L2', 'L3', accountLineId('P'), payerAccountLineId('MEDICARE')];
/** How many remittances (835s) the postings of a run are spread over. */
const REMITTANCES = 3;
const on = isoDate('2026-01-05');

/** A random operation; ids and reversal targets are filled in against the ledger as it grows. */
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('charge' as const),
    line: fc.nat(4),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('payment' as const),
    line: fc.nat(4),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
    overpayment: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('adjustment' as const),
    line: fc.nat(4),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('transfer' as const),
    line: fc.nat(4),
    party: fc.nat(2),
    to: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('refund' as const),
    line: fc.nat(4),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('application' as const),
    line: fc.nat(4),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('provider_adjustment' as const),
    line: fc.nat(4),
    added: fc.boolean(),
    reason: fc.constantFrom('L6', 'WO', 'FB', '72'),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({ kind: fc.constant('reversal' as const), pick: fc.nat() }),
);

/** Which remittance each operation comes from: every kind of entry, in any file. */
const fromRemittance = fc.nat(REMITTANCES - 1);

function toEntry(
  op: fc.Arbitrary<unknown> extends never ? never : Record<string, unknown> & { kind: string },
  index: number,
  posted: readonly LedgerEntry[],
): LedgerEntry | undefined {
  const id = `e${index}`;
  const lineId = lines[Number(op.line ?? 0)] ?? 'L1';
  const party = parties[Number(op.party ?? 0)] ?? parties[0]!;
  const amount = cents(Number(op.amount ?? 1));
  const base = { id, lineId, postedOn: on, amount };
  switch (op.kind) {
    case 'charge':
      return { ...base, kind: 'charge', party };
    case 'payment':
      return {
        ...base,
        kind: 'payment',
        party,
        ...(op.overpayment === true ? { overpayment: true } : {}),
      };
    case 'adjustment':
      return { ...base, kind: 'adjustment', party, group: 'CO', reason: '45' };
    case 'transfer':
      return { ...base, kind: 'transfer', from: party, to: parties[Number(op.to)] ?? parties[2]! };
    case 'refund':
      return { ...base, kind: 'refund', party };
    case 'application':
      return { ...base, kind: 'application', party };
    case 'provider_adjustment':
      return {
        ...base,
        kind: 'provider_adjustment',
        direction: op.added === true ? 'added' : 'withheld',
        reason: String(op.reason),
      };
    default: {
      if (posted.length === 0) return undefined;
      const target = posted[Number(op.pick) % posted.length]!;
      return {
        id,
        kind: 'reversal',
        lineId: target.lineId,
        postedOn: on,
        amount: target.amount,
        reverses: target.id,
      };
    }
  }
}

/** Net money in the books by entry kind: what was charged less what was paid, written off or refunded. */
function expectedTotal(ledger: Ledger): number {
  const byId = new Map(ledger.entries.map((e) => [e.id, e]));
  const sign = (e: LedgerEntry): number => {
    switch (e.kind) {
      case 'charge':
      case 'refund':
      case 'application':
        return e.amount;
      case 'payment':
      case 'adjustment':
        return 0 - e.amount;
      case 'transfer':
      case 'provider_adjustment':
        return 0;
      case 'reversal':
        return 0 - sign(byId.get(e.reverses)!);
    }
  };
  return ledger.entries.reduce((sum, e) => sum + sign(e), 0);
}

describe('ledger invariants under random postings', () => {
  it('conserves money, keeps payers non-negative without an overpayment, and derives the same balances from scratch', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (ops) => {
        const ledger = new Ledger();
        ops.forEach((op, index) => {
          const entry = toEntry(op, index, ledger.entries);
          if (!entry) return;
          const before = ledger.entries.length;
          const problems = ledger.post(entry);
          expect(ledger.entries.length).toBe(problems.length === 0 ? before + 1 : before);
        });
        const all = [...ledger.balances.entries()];
        const total = all.reduce((sum, b) => sum + b.balance, 0);
        expect(total).toBe(expectedTotal(ledger));
        for (const { lineId, party, balance } of all) {
          if (party.kind === 'payer' && balance < 0) {
            const overpaid = ledger.entries.some(
              (e) =>
                e.kind === 'payment' &&
                e.overpayment === true &&
                e.lineId === lineId &&
                partyKey(e.party) === partyKey(party) &&
                !ledger.isReversed(e.id),
            );
            expect(overpaid).toBe(true);
          }
        }
        const fresh = Balances.of(ledger.entries);
        for (const lineId of lines)
          for (const party of parties)
            expect(fresh.owed(lineId, party)).toBe(ledger.balances.owed(lineId, party));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps provider adjustments on the payer's account, off every balance", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (ops) => {
        const ledger = new Ledger();
        ops.forEach((op, index) => {
          const entry = toEntry(op, index, ledger.entries);
          if (!entry) return;
          const problems = ledger.post(entry);
          const onPayerAccount = payerAccountOf(entry.lineId) !== undefined;
          if (entry.kind === 'provider_adjustment')
            expect(problems.length === 0).toBe(onPayerAccount);
          else if (onPayerAccount && entry.kind !== 'reversal') expect(problems).not.toEqual([]);
        });
        for (const { lineId } of ledger.balances.entries())
          expect(payerAccountOf(lineId)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('makes the money each remittance brought equal its deposit, as the 835 states it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(operation, fromRemittance), { maxLength: 80 }), (ops) => {
        const ledger = new Ledger();
        const ofRemittance: LedgerEntry[][] = Array.from({ length: REMITTANCES }, () => []);
        /** BPR02 as the 835 would state it: Σ CLP04 (takebacks negative) − Σ PLB − refunds. */
        const deposit: number[] = Array.from({ length: REMITTANCES }, () => 0);
        const claimPaid = new Map<string, number>();
        const plb = new Map<string, number>();
        const refunded = new Map<string, number>();
        ops.forEach(([op, remittance], index) => {
          const entry = toEntry(op, index, ledger.entries);
          if (!entry || ledger.post(entry).length > 0) return;
          ofRemittance[remittance]!.push(entry);
          const original = entry.kind === 'reversal' ? entry.reverses : entry.id;
          const sign = entry.kind === 'reversal' ? -1 : 1;
          const target = ledger.entries.find((e) => e.id === original)!;
          if (target.kind === 'payment' && target.party.kind === 'payer')
            claimPaid.set(entry.id, sign * target.amount);
          if (target.kind === 'refund' && target.party.kind === 'payer')
            refunded.set(entry.id, sign * target.amount);
          if (target.kind === 'provider_adjustment')
            plb.set(entry.id, sign * (target.direction === 'withheld' ? 1 : -1) * target.amount);
          deposit[remittance]! +=
            (claimPaid.get(entry.id) ?? 0) -
            (plb.get(entry.id) ?? 0) -
            (refunded.get(entry.id) ?? 0);
        });
        const byId = new Map(ledger.entries.map((e) => [e.id, e]));
        ofRemittance.forEach((entries, r) =>
          expect(remittanceLedgerMoney(entries, byId)).toBe(deposit[r]),
        );
        const allMoney = ledger.entries.reduce((sum, e) => sum + payerMoneyOf(e, byId), 0);
        expect(allMoney).toBe(deposit.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('returns every balance to zero when every entry is reversed, newest first', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        const ledger = new Ledger();
        ops.forEach((op, index) => {
          if (op.kind === 'reversal') return;
          const entry = toEntry(op, index, ledger.entries);
          if (entry) ledger.post(entry);
        });
        const toUndo = ledger.entries
          .filter((e) => e.kind !== 'reversal' && !ledger.isReversed(e.id))
          .reverse();
        toUndo.forEach((target, i) => {
          const problems = ledger.post({
            id: `r${i}`,
            kind: 'reversal',
            lineId: target.lineId,
            postedOn: on,
            amount: target.amount,
            reverses: target.id,
          });
          expect(problems).toEqual([]);
        });
        expect([...ledger.balances.entries()]).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
