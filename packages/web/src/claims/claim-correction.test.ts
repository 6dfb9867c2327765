import { describe, expect, it } from 'vitest';
import type { ClaimDetail, ServiceLine } from '../api/types.ts';
import { billedLines, correctionBody, lineEditOf, parseDiagnoses } from './claim-correction.ts';
import type { BilledLine } from './claim-correction.ts';

const before: BilledLine[] = [
  {
    serviceLineId: 'l1',
    sequence: 1,
    code: '99213',
    modifiers: [],
    units: 1,
    charge: 12500,
    pointers: [1],
    date: '2026-03-02',
  },
  {
    serviceLineId: 'l2',
    sequence: 2,
    code: '11102',
    modifiers: ['RT'],
    units: 1,
    charge: 18000,
    pointers: [1, 2],
    date: '2026-03-02',
  },
];
const edits = before.map(lineEditOf);

describe('correctionBody', () => {
  it('sends only what changed', () => {
    const changed = [{ ...edits[0]!, modifiers: '25', charge: '$140' }, edits[1]!];
    expect(
      correctionBody(' wrong modifier ', ['L82.0', 'J449'], 'L82.0, J44.9', before, changed),
    ).toEqual({
      body: {
        reason: 'wrong modifier',
        lines: [{ serviceLineId: 'l1', modifiers: ['25'], charge: '140.00' }],
      },
      problems: [],
    });
  });

  it('sends a corrected date of service', () => {
    const changed = [{ ...edits[0]!, date: ' 2026-03-01 ' }, edits[1]!];
    expect(
      correctionBody('wrong date', ['L820', 'J449'], 'L820 J449', before, changed).body,
    ).toEqual({
      reason: 'wrong date',
      lines: [{ serviceLineId: 'l1', serviceDate: '2026-03-01' }],
    });
  });

  it('sends the diagnoses when they changed, and removed lines', () => {
    const changed = [edits[0]!, { ...edits[1]!, remove: true }];
    const { body, problems } = correctionBody(
      'dx',
      ['L820', 'J449'],
      'l82.1 j449',
      before,
      changed,
    );
    expect(problems).toEqual([{ path: 'reason', message: 'say why, in a few words' }]);
    expect(body.diagnoses).toEqual(['L821', 'J449']);
    expect(body.lines).toEqual([{ serviceLineId: 'l2', remove: true }]);
  });

  it('names every field at fault, by line', () => {
    const bad = [
      { ...edits[0]!, code: '9921', units: '0', charge: '1.005', date: '3/1/26', pointers: 'C' },
      { ...edits[1]!, modifiers: '25 59 76 77 91' },
    ];
    const { problems } = correctionBody('because', ['L820', 'J449'], 'L820 J449', before, bad);
    expect(problems.map((p) => p.path)).toEqual([
      'line 1 / code',
      'line 1 / units',
      'line 1 / charge',
      'line 1 / DOS',
      'line 1 / pointers',
      'line 2 / modifiers',
    ]);
  });

  it('refuses to remove every line', () => {
    const all = edits.map((e) => ({ ...e, remove: true }));
    expect(correctionBody('none left', ['L820'], 'L820', before, all).problems).toEqual([
      { path: 'lines', message: 'keep at least one line (or void the claim)' },
    ]);
  });
});

describe('billedLines', () => {
  it("prefers the claim's override to the encounter's service line", () => {
    const service = {
      id: 's1',
      procedureCode: { system: 'cpt', code: '99212' },
      modifiers: ['25'],
      units: 1,
      charge: 10500,
      serviceDate: '2026-03-02',
    } as unknown as ServiceLine;
    const claim = {
      lines: [
        {
          serviceLineId: 's1',
          sequence: 1,
          diagnosisPointers: [1],
          billed: { procedureCode: '99213', charge: 14000, serviceDate: '2026-03-01' },
        },
      ],
    } as unknown as ClaimDetail;
    expect(billedLines(claim, new Map([['s1', service]]))).toEqual([
      {
        serviceLineId: 's1',
        sequence: 1,
        code: '99213',
        modifiers: ['25'],
        units: 1,
        charge: 14000,
        pointers: [1],
        date: '2026-03-01',
      },
    ]);
  });
});

describe('parseDiagnoses', () => {
  it('reads codes separated by commas or spaces, with or without dots', () => {
    expect(parseDiagnoses(' e11.22,I10 ;z79.4 ')).toEqual(['E1122', 'I10', 'Z794']);
  });
});
