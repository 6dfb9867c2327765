import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { Ledger } from '../ledger/index.ts';
import type { Party } from '../ledger/index.ts';
import { cents } from '../money/index.ts';
import type { BilledClaim } from './plan-posting.ts';
import { byHandRefusal, planPosting } from './plan-posting.ts';
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

  it('posts nothing and reports no denial for a line billed and paid at $0.00 (a VFC vaccine, SL)', () => {
    const vfc: BilledClaim = {
      ...claim,
      lines: [
        ...claim.lines,
        {
          id: 'L3',
          controlNumber: '3',
          procedureCode: '90656',
          modifiers: ['SL'],
          charge: cents(0),
          serviceDate: isoDate('2026-03-02'),
        },
      ],
    };
    const plan = planPosting(
      remit([
        line('1', '99214', 18550, 8026, [['CO', '45', 10524]]),
        line('2', '93000', 4500, 4500, []),
        { ...line('3', '90656', 0, 0, []), modifiers: ['SL'] },
      ]),
      vfc,
      on,
      ids,
    );
    expect(plan.denials).toEqual([]);
    expect(plan.unbalancedLines).toEqual([]);
    expect(plan.entries.filter((e) => e.lineId === 'L3')).toEqual([]);
    expect(plan.entries.map((e) => e.lineId)).toEqual(['L1', 'L1', 'L2']);
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

  it("posts a secondary's payment on what the primary left it, not writing off OA-23 again", () => {
    const secondary: Party = { kind: 'payer', coverageId: 'sec' };
    const ledger = ledgerWithCharges();
    // The primary's 835: paid 80.26, CO-45 85.17, PR-2 20.07 moved to the secondary.
    const primary = planPosting(
      remit([
        line('1', '99214', 18550, 8026, [
          ['CO', '45', 8517],
          ['PR', '2', 2007],
        ]),
      ]),
      { ...claim, nextParty: secondary },
      on,
      (suffix) => `p-${suffix}`,
    );
    for (const entry of primary.entries) expect(ledger.post(entry)).toEqual([]);
    // The secondary's: charge 185.50 − OA-23 165.43 (the primary's part) − PR-2 4.01 = 16.06.
    const plan = planPosting(
      remit([
        line('1', '99214', 18550, 1606, [
          ['OA', '23', 16543],
          ['PR', '2', 401],
        ]),
      ]),
      { ...claim, billedParty: secondary, nextParty: patient },
      on,
      ids,
    );
    expect(plan.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['payment', 1606],
      ['transfer', 401],
    ]);
    for (const entry of plan.entries) expect(ledger.post(entry)).toEqual([]);
    expect(ledger.balances.total(['L1'], secondary)).toBe(0);
    expect(ledger.balances.total(['L1'], medicare)).toBe(0);
    expect(ledger.balances.total(['L1'], patient)).toBe(401);
  });

  describe('lines the payer bundled or unbundled (TR3 1.10.2.6)', () => {
    const billedAs = (code: string) => ({ submitted: { procedureCode: code, modifiers: [] } });

    it('posts the service lines one line was unbundled into as one, netting OA-94 off the write-off', () => {
      const plan = planPosting(
        remit([
          {
            ...line('2', '93005', 4500, 1000, [
              ['CO', '45', 3000],
              ['PR', '2', 500],
            ]),
            ...billedAs('93000'),
          },
          {
            ...line('2', '93010', 0, 800, [
              ['OA', '94', -1000],
              ['PR', '2', 200],
            ]),
            ...billedAs('93000'),
          },
        ]),
        claim,
        on,
        ids,
      );
      expect(plan.unbalancedLines).toEqual([]);
      expect(plan.matches.map((m) => [m.billed.id, m.remit.paid])).toEqual([['L2', 1800]]);
      expect(plan.entries.map((e) => [e.kind, e.lineId, e.amount])).toEqual([
        ['payment', 'L2', 1800],
        ['adjustment', 'L2', 2000],
        ['transfer', 'L2', 500],
        ['transfer', 'L2', 200],
      ]);
      const ledger = ledgerWithCharges();
      for (const entry of plan.entries) expect(ledger.post(entry)).toEqual([]);
      expect(ledger.balances.total(['L2'], medicare)).toBe(0);
      expect(ledger.balances.total(['L2'], patient)).toBe(700);
    });

    it('says what the payer paid each line as: the code re-coded to, every code unbundled into', () => {
      const plan = planPosting(
        remit([
          {
            ...line('1', '99213', 18550, 8026, [
              ['CO', '45', 8517],
              ['PR', '2', 2007],
            ]),
            modifiers: ['25'],
          },
          { ...line('2', '93005', 4500, 1000, [['CO', '45', 3500]]), ...billedAs('93000') },
          { ...line('2', '93010', 0, 800, [['OA', '94', -800]]), ...billedAs('93000') },
        ]),
        claim,
        on,
        ids,
      );
      expect(plan.unbalancedLines).toEqual([]);
      expect(plan.matches.map((m) => [m.billed.id, m.paidAs])).toEqual([
        ['L1', [{ procedureCode: '99213', modifiers: ['25'], paid: 8026 }]],
        [
          'L2',
          [
            { procedureCode: '93005', modifiers: [], paid: 1000 },
            { procedureCode: '93010', modifiers: [], paid: 800 },
          ],
        ],
      ]);
    });

    it('says nothing of a line paid as billed, its modifiers in any order', () => {
      const plan = planPosting(
        remit([
          { ...line('1', '99214', 18550, 10524, [['CO', '45', 8026]]), modifiers: ['GT', '25'] },
          line('2', '93000', 4500, 1360, [['CO', '45', 3140]]),
        ]),
        {
          ...claim,
          lines: claim.lines.map((l) => (l.id === 'L1' ? { ...l, modifiers: ['25', 'GT'] } : l)),
        },
        on,
        ids,
      );
      expect(plan.matches.map((m) => [m.billed.id, m.paidAs])).toEqual([
        ['L1', []],
        ['L2', []],
      ]);
    });

    it('posts nothing for unbundled lines that do not add up to the charge billed, or pay over it', () => {
      const plan = planPosting(
        remit([
          { ...line('2', '93005', 4500, 1000, [['CO', '45', 3500]]), ...billedAs('93000') },
          { ...line('2', '93010', 4500, 800, [['CO', '45', 3700]]), ...billedAs('93000') },
          line('1', '99214', 18550, 19000, [['OA', '94', -450]]),
        ]),
        claim,
        on,
        ids,
      );
      expect(plan.entries).toEqual([]);
      expect(plan.unbalancedLines.map((l) => [l.procedureCode, l.charge])).toEqual([
        ['93005', 9000],
        ['99214', 18550],
      ]);
    });

    it('writes off the net on the line paid for a bundle and sends the bundled line to denials', () => {
      const plan = planPosting(
        remit([
          line('1', '99214', 18550, 11050, [
            ['OA', '94', -4500],
            ['CO', '45', 12000],
          ]),
          { ...line('2', '99214', 4500, 0, [['CO', '97', 4500]]), ...billedAs('93000') },
        ]),
        claim,
        on,
        ids,
      );
      expect(plan.entries.map((e) => [e.kind, e.lineId, e.amount])).toEqual([
        ['payment', 'L1', 11050],
        ['adjustment', 'L1', 7500],
      ]);
      expect(plan.denials.map((d) => d.lineId)).toEqual(['L2']);
      const ledger = ledgerWithCharges();
      for (const entry of plan.entries) expect(ledger.post(entry)).toEqual([]);
      expect(ledger.balances.total(['L1'], medicare)).toBe(0);
      expect(ledger.balances.total(['L2'], medicare)).toBe(4500);
    });
  });

  describe('a service line a biller matched by hand', () => {
    // The payer paid 99214 as 99213 without saying so (no SVC06, no line control number echoed).
    const recoded = line('', '99213', 18550, 6000, [['CO', '45', 12550]]);
    const lines = [recoded, line('2', '93000', 4500, 1360, [['CO', '45', 3140]])];

    it('is posted to the line chosen, under ids no automatic posting takes', () => {
      const before = planPosting(remit(lines), claim, on, ids);
      expect(before.unmatchedLines).toEqual([recoded]);
      expect(before.entries.map((e) => e.id)).toEqual(['era1-c1-1-pay', 'era1-c1-1-adj0']);

      const plan = planPosting(remit(lines), claim, on, ids, new Map([[0, 'L1']]));
      expect(plan.unmatchedLines).toEqual([]);
      expect(plan.matches.map((m) => [m.billed.id, m.by])).toEqual([
        ['L1', 'by-hand'],
        ['L2', 'control-number'],
      ]);
      expect(plan.entries.map((e) => [e.id, e.lineId, e.amount])).toEqual([
        ['era1-c1-hand1-pay', 'L1', 6000],
        ['era1-c1-hand1-adj0', 'L1', 12550],
        ['era1-c1-2-pay', 'L2', 1360],
        ['era1-c1-2-adj0', 'L2', 3140],
      ]);
      // What the payer paid the line as is recorded as for any re-coded line.
      expect(plan.matches[0]?.paidAs).toEqual([
        { procedureCode: '99213', modifiers: [], paid: 6000 },
      ]);
    });

    it('is refused for a line matched, a billed line taken, or a line that does not balance', () => {
      const none = new Map<number, string>();
      expect(byHandRefusal(remit(lines), claim.lines, none, 0, 'L1')).toBeUndefined();
      expect(byHandRefusal(remit(lines), claim.lines, none, 1, 'L1')).toEqual({
        kind: 'matched',
        billedId: 'L2',
        byHand: false,
      });
      expect(byHandRefusal(remit(lines), claim.lines, new Map([[0, 'L1']]), 0, 'L1')).toEqual({
        kind: 'matched',
        billedId: 'L1',
        byHand: true,
      });
      expect(byHandRefusal(remit(lines), claim.lines, none, 0, 'L2')).toEqual({
        kind: 'taken',
        servicePosition: 2,
      });
      expect(byHandRefusal(remit(lines), claim.lines, none, 0, 'L9')).toEqual({
        kind: 'not-a-line',
      });
      expect(byHandRefusal(remit(lines), claim.lines, none, 5, 'L1')).toEqual({
        kind: 'not-a-line',
      });
      const short = line('', '99213', 18550, 6000, [['CO', '45', 12000]]);
      expect(byHandRefusal(remit([short]), claim.lines, none, 0, 'L1')).toEqual({
        kind: 'unbalanced',
      });
    });

    it('takes no line from the others: each matches as it did without the pin', () => {
      // Two 93000 lines could take the second service line; without the pin it is ambiguous.
      const twoEkgs: BilledClaim = {
        ...claim,
        lines: [
          ...claim.lines,
          { ...claim.lines[1]!, id: 'L3', controlNumber: '3', charge: cents(5000) },
        ],
      };
      const ekg = line('', '93000', 4700, 1000, [['CO', '45', 3700]]);
      const remitLines = [recoded, ekg];
      expect(planPosting(remit(remitLines), twoEkgs, on, ids).unmatchedLines).toEqual(remitLines);
      const pinned = planPosting(remit(remitLines), twoEkgs, on, ids, new Map([[0, 'L2']]));
      expect(pinned.matches.map((m) => m.billed.id)).toEqual(['L2']);
      expect(pinned.unmatchedLines).toEqual([ekg]);
    });
  });
});
