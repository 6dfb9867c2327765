import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import type { Party } from '../ledger/index.ts';
import { cents } from '../money/index.ts';
import { nextPayerDecision } from './next-payer-claim.ts';
import { planPosting } from './plan-posting.ts';
import type { RemitClaim } from './remittance.ts';

const primary: Party = { kind: 'payer', coverageId: 'P' };
const secondary: Party = { kind: 'payer', coverageId: 'S' };
const billed = [
  {
    id: 'L1',
    controlNumber: 'C-1',
    procedureCode: '99214',
    modifiers: [],
    charge: cents(185_50),
    serviceDate: isoDate('2026-03-02'),
  },
  {
    id: 'L2',
    controlNumber: 'C-2',
    procedureCode: '71046',
    modifiers: ['26'],
    charge: cents(40_00),
    serviceDate: isoDate('2026-03-02'),
  },
];
const remit = (status: RemitClaim['status'], lines = 2): RemitClaim => ({
  patientControlNumber: 'C',
  status,
  charge: cents(225_50),
  paid: cents(88_86),
  patientResponsibility: cents(0),
  adjustments: [],
  remarks: [],
  lines: [
    {
      procedureCode: '99214',
      modifiers: [],
      charge: cents(185_50),
      paid: cents(80_26),
      lineControlNumber: 'C-1',
      adjustments: [
        { group: 'CO', reason: '45', amount: cents(85_17) },
        { group: 'PR', reason: '2', amount: cents(20_07) },
      ],
      remarks: [],
    },
    {
      procedureCode: '71046',
      modifiers: ['26'],
      charge: cents(40_00),
      paid: cents(8_60),
      lineControlNumber: 'C-2',
      adjustments: [
        { group: 'CO', reason: '45', amount: cents(30_50) },
        { group: 'PR', reason: '2', amount: cents(90) },
      ],
      remarks: [],
    },
  ].slice(0, lines) as RemitClaim['lines'],
});
const decide = (claim: RemitClaim, next: Party = secondary) =>
  nextPayerDecision(
    claim,
    planPosting(
      claim,
      { id: 'c', billedParty: primary, nextParty: next, lines: billed },
      isoDate('2026-03-20'),
      (s) => s,
    ),
    next,
    billed.length,
  );

describe('nextPayerDecision', () => {
  it('bills the secondary with the primary adjudication per line when PR moved to it', () => {
    const decision = decide(remit('1'));
    expect(decision.kind).toBe('bill');
    if (decision.kind !== 'bill') return;
    expect(decision.adjudication.patientResponsibility).toBe(20_97);
    expect(decision.adjudication.lines.map((l) => [l.lineId, l.paid])).toEqual([
      ['L1', 80_26],
      ['L2', 8_60],
    ]);
  });

  it.each(['19', '20', '21'] as const)(
    'records, not bills, the secondary after a crossover (CLP02 %s), with the adjudication',
    (status) => {
      const decision = decide(remit(status));
      expect(decision.kind).toBe('crossover');
      if (decision.kind === 'crossover')
        expect(decision.adjudication).toMatchObject({ paid: 88_86, patientResponsibility: 20_97 });
    },
  );

  it('says the crossover went to a payer not on file when the patient is next', () => {
    expect(decide(remit('19'), { kind: 'patient' }).kind).toBe('crossover-without-coverage');
  });

  it('bills nobody when the patient is next', () => {
    expect(decide(remit('1'), { kind: 'patient' }).kind).toBe('none');
  });

  it('holds the secondary when the 835 leaves a line out, saying why', () => {
    const decision = decide(remit('2', 1));
    expect(decision.kind).toBe('hold');
    if (decision.kind === 'hold') expect(decision.reason).toMatch(/accounts for 1 of 2 lines/);
  });
});
