import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import { Balances } from './balances.ts';
import { Ledger } from './ledger.ts';
import type { LedgerEntry, Party } from './ledger-entry.ts';
import { accountLineId, partyKey } from './ledger-entry.ts';

const parties: Party[] = [
  { kind: 'payer', coverageId: 'P' },
  { kind: 'payer', coverageId: 'S' },
  { kind: 'patient' },
];
/** Three service lines and the patient's account (money not yet applied to a line). */
const lines = ['L1', 'L2', 'L3', accountLineId('P')];
const on = isoDate('2026-01-05');

/** A random operation; ids and reversal targets are filled in against the ledger as it grows. */
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('charge' as const),
    line: fc.nat(3),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('payment' as const),
    line: fc.nat(3),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
    overpayment: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('adjustment' as const),
    line: fc.nat(3),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('transfer' as const),
    line: fc.nat(3),
    party: fc.nat(2),
    to: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('refund' as const),
    line: fc.nat(3),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({
    kind: fc.constant('application' as const),
    line: fc.nat(3),
    party: fc.nat(2),
    amount: fc.integer({ min: 1, max: 500_00 }),
  }),
  fc.record({ kind: fc.constant('reversal' as const), pick: fc.nat() }),
);

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
