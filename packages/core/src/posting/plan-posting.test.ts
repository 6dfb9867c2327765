import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { Ledger } from '../ledger/index.ts';
import type { Party } from '../ledger/index.ts';
import { cents } from '../money/index.ts';
import type { BilledClaim } from './plan-posting.ts';
import { planPosting } from './plan-posting.ts';
import type { RemitClaim, RemitLine } from './remittance.ts';

const medicare: Party = { kind: 'payer', coverageId: 'mcr' };
const patient: Party = { kind: 'patient' };
const on = isoDate('2026-03-20');
const claim: BilledClaim = {
  id: 'c1',
  billedParty: medicare,
  nextParty: patient,
  lines: [
    {
      id: 'L1',
      controlNumber: '1',
      procedureCode: '99214',
      modifiers: ['25'],
      charge: cents(18550),
      serviceDate: isoDate('2026-03-02'),
    },
    {
      id: 'L2',
      controlNumber: '2',
      procedureCode: '93000',
      modifiers: [],
      charge: cents(4500),
      serviceDate: isoDate('2026-03-02'),
    },
  ],
};
const line = (
  controlNumber: string,
  code: string,
  charge: number,
  paid: number,
  adjustments: [RemitLine['adjustments'][number]['group'], string, number][],
): RemitLine => ({
  procedureCode: code,
  modifiers: [],
  charge: cents(charge),
  paid: cents(paid),
  lineControlNumber: controlNumber,
  adjustments: adjustments.map(([group, reason, amount]) => ({
    group,
    reason,
    amount: cents(amount),
  })),
  remarks: [],
});
const remit = (lines: RemitLine[], status: RemitClaim['status'] = '1'): RemitClaim => ({
  patientControlNumber: 'A100001-1',
  status,
  charge: cents(23050),
  paid: cents(lines.reduce((s, l) => s + l.paid, 0)),
  patientResponsibility: cents(0),
  payerClaimNumber: '22026079000123',
  adjustments: [],
  lines,
  remarks: ['MA01'],
});
const ids = (suffix: string) => `era1-c1-${suffix}`;
const ledgerWithCharges = () =>
  new Ledger(
    claim.lines.map((l) => ({
      id: `charge-${l.id}`,
      kind: 'charge' as const,
      lineId: l.id,
      postedOn: on,
      amount: l.charge,
      party: medicare,
    })),
  );

describe('planPosting', () => {
  it('pays, writes off CO-45 and moves coinsurance to the patient, leaving the payer at zero', () => {
    const plan = planPosting(
      remit([
        line('1', '99214', 18550, 8026, [
          ['CO', '45', 8517],
          ['PR', '2', 2007],
        ]),
        line('2', '93000', 4500, 1360, [
          ['CO', '45', 2800],
          ['PR', '2', 340],
        ]),
      ]),
      claim,
      on,
      ids,
    );
    expect(plan.entries.map((e) => [e.kind, e.lineId, e.amount])).toEqual([
      ['payment', 'L1', 8026],
      ['adjustment', 'L1', 8517],
      ['transfer', 'L1', 2007],
      ['payment', 'L2', 1360],
      ['adjustment', 'L2', 2800],
      ['transfer', 'L2', 340],
    ]);
    const ledger = ledgerWithCharges();
    for (const entry of plan.entries) expect(ledger.post(entry)).toEqual([]);
    expect(ledger.balances.total(['L1', 'L2'], medicare)).toBe(0);
    expect(ledger.balances.total(['L1', 'L2'], patient)).toBe(2347);
  });

  it('sends a zero-paid line without patient responsibility to denials, writing nothing off', () => {
    const plan = planPosting(
      remit([
        line('1', '99214', 18550, 8026, [['CO', '45', 10524]]),
        line('2', '93000', 4500, 0, [['CO', '97', 4500]]),
      ]),
      claim,
      on,
      ids,
    );
    expect(plan.denials).toEqual([
      {
        lineId: 'L2',
        adjustments: [{ group: 'CO', reason: '97', amount: 4500 }],
        remarks: ['MA01'],
      },
    ]);
    expect(plan.entries.filter((e) => e.lineId === 'L2')).toEqual([]);
  });

  it('moves a fully-deductible line to the patient rather than calling it a denial', () => {
    const plan = planPosting(
      remit([
        line('2', '93000', 4500, 0, [
          ['CO', '45', 3100],
          ['PR', '1', 1400],
        ]),
      ]),
      claim,
      on,
      ids,
    );
    expect(plan.denials).toEqual([]);
    expect(plan.entries.map((e) => e.kind)).toEqual(['adjustment', 'transfer']);
  });

  it('posts nothing for a line that does not balance, and names unmatched lines', () => {
    const plan = planPosting(
      remit([
        line('1', '99214', 18550, 9000, [['CO', '45', 8517]]),
        line('9', '80053', 3000, 1000, [['CO', '45', 2000]]),
      ]),
      claim,
      on,
      ids,
    );
    expect(plan.entries).toEqual([]);
    expect(plan.unbalancedLines.map((l) => l.procedureCode)).toEqual(['99214']);
    expect(plan.unmatchedLines.map((l) => l.procedureCode)).toEqual(['80053']);
  });

  it('names entries deterministically so a re-import is recognised', () => {
    const lines = [
      line('1', '99214', 18550, 8026, [
        ['CO', '45', 8517],
        ['PR', '2', 2007],
      ]),
    ];
    expect(planPosting(remit(lines), claim, on, ids).entries.map((e) => e.id)).toEqual(
      planPosting(remit(lines), claim, on, ids).entries.map((e) => e.id),
    );
  });
});
