import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { twoClaims } from './build-837p.fixture.ts';
import { primaryAdjudication, secondaryClaim } from './build-837p-cob.fixture.ts';
import type { Claim837p, OtherPayer837p } from './build-837p-input.ts';
import { read837p } from './read-claims.ts';
import { validateX12 } from './validate.ts';

const build = (claim: Claim837p) =>
  build837p({ ...twoClaims, claims: [claim] }, { lineBreak: '\n' });

/** The segments from the first 2320 SBR to the SE, as written. */
const cobPart = (text: string) => text.slice(text.indexOf('SBR*P'), text.indexOf('\nSE*') + 1);

describe('build837p COB loops (2320/2330A/2330B/2430)', () => {
  it('writes the earlier payer as TR3 005010X222A1 orders it (golden)', () => {
    const { text, issues } = build(secondaryClaim);
    expect(issues).toEqual([]);
    expect(cobPart(text ?? '')).toBe(
      [
        'SBR*P*18*GRP100******MB~',
        'CAS*PR*1*21.89**2*15~',
        'AMT*D*39.15~',
        'AMT*EAF*36.89~',
        'OI***Y***Y~',
        'NM1*IL*1*Doe*Jane****MI*1EG4TE5MK72~',
        'NM1*PR*2*Medicare Part B*****PI*00952~',
        'LX*1~',
        'SV1*HC:99213*43*UN*1***1~',
        'DTP*472*D8*20260311~',
        'REF*6R*S1~',
        'SVD*00952*40*HC:99213**1~',
        'CAS*CO*42*3~',
        'DTP*573*D8*20260320~',
        'LX*2~',
        'SV1*HC:96372*15*UN*1***1~',
        'DTP*472*D8*20260311~',
        'REF*6R*S2~',
        'SVD*00952*15*HC:96372**1~',
        'DTP*573*D8*20260320~',
        'LX*3~',
        'SV1*HC:J3301*21.04*UN*1***1~',
        'DTP*472*D8*20260311~',
        'REF*6R*S3~',
        'SVD*00952*21.04*HC:J3301**1~',
        'DTP*573*D8*20260320~',
        '',
      ].join('\n'),
    );
  });

  it('is accepted by the validator and read back by the 837P reader, amounts balanced', () => {
    const text = build(secondaryClaim).text ?? '';
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const { claims, issues } = read837p(text);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const claim = claims[0];
    expect(claim?.otherPayers).toMatchObject([
      {
        responsibility: 'P',
        relationship: '18',
        groupNumber: 'GRP100',
        filingIndicator: 'MB',
        paid: 3915,
        remainingPatientLiability: 3689,
        adjustments: [
          { group: 'PR', reason: '1', amount: 2189 },
          { group: 'PR', reason: '2', amount: 1500 },
        ],
        payer: { id: '00952', lastName: 'Medicare Part B' },
        subscriber: { id: '1EG4TE5MK72' },
      },
    ]);
    const svd = claim?.lines.flatMap((l) => l.adjudications) ?? [];
    expect(svd.map((a) => [a.payerId, a.paid, a.date])).toEqual([
      ['00952', 4000, '2026-03-20'],
      ['00952', 1500, '2026-03-20'],
      ['00952', 2104, '2026-03-20'],
    ]);
    const linePaid = svd.reduce((s, a) => s + a.paid, 0);
    expect(linePaid - 2189 - 1500).toBe(claim?.otherPayers[0]?.paid);
  });

  /** The secondary claim with the patient's remaining liability sent per line (2430), not in 2320. */
  const lineLevel = (liabilities: readonly number[], other: Partial<OtherPayer837p> = {}) => {
    const { remainingPatientLiability: _claimLevel, ...primary } = primaryAdjudication;
    return {
      ...secondaryClaim,
      otherPayers: [{ ...primary, ...other }],
      lines: secondaryClaim.lines.map((l, i) => ({
        ...l,
        adjudications: (l.adjudications ?? []).map((a) => ({
          ...a,
          remainingPatientLiability: liabilities[i] ?? 0,
        })),
      })),
    } satisfies Claim837p;
  };

  it('writes 2430 AMT*EAF after DTP*573 and SBR04, and reads both back as given', () => {
    const { text, issues } = build(lineLevel([2189, 1500, 0], { groupName: 'ACME EMPLOYEES' }));
    expect(issues).toEqual([]);
    expect(text).toContain('SBR*P*18*GRP100*ACME EMPLOYEES*****MB~\nCAS*PR*1*21.89**2*15~');
    expect(text).toContain('CAS*CO*42*3~\nDTP*573*D8*20260320~\nAMT*EAF*21.89~\nLX*2~');
    expect(text).toContain('DTP*573*D8*20260320~\nAMT*EAF*0~\n');
    expect(validateX12(text ?? '').filter((i) => i.severity === 'error')).toEqual([]);
    const { claims, issues: readIssues } = read837p(text ?? '');
    expect(readIssues).toEqual([]);
    expect(claims[0]?.otherPayers[0]?.groupName).toBe('ACME EMPLOYEES');
    expect(claims[0]?.otherPayers[0]?.remainingPatientLiability).toBeUndefined();
    const read = claims[0]?.lines.flatMap((l) => l.adjudications) ?? [];
    expect(read.map((a) => a.remainingPatientLiability)).toEqual([2189, 1500, 0]);
  });

  it.each<[string, Claim837p, readonly (readonly [string, string, string, number?])[]]>([
    [
      'the remaining liability of one payer in 2320 and in 2430',
      { ...lineLevel([3689, 0, 0]), otherPayers: [primaryAdjudication] },
      [['cob-patient-liability-twice', 'SBR', '2320']],
    ],
    [
      'a negative line remaining liability',
      lineLevel([-1, 0, 0]),
      [['invalid-amount', 'AMT', '2430', 2]],
    ],
    [
      'a group name longer than SBR04 allows',
      lineLevel([0, 0, 0], { groupName: 'G'.repeat(61) }),
      [['element-too-long', 'SBR', '2320', 4]],
    ],
  ])('refuses %s, located', (_what, claim, want) => {
    const { text, issues } = build(claim);
    expect(text).toBeUndefined();
    expect(
      issues.map((i) => [i.code, i.segmentId, i.loop, ...(i.element ? [i.element] : [])]),
    ).toEqual(want);
  });

  it('reports a negative AMT*EAF it reads, at the AMT', () => {
    const text = build(lineLevel([0, 0, 0])).text ?? '';
    const { issues } = read837p(text.replace('AMT*EAF*0~', 'AMT*EAF*-3~'));
    expect(issues.map((i) => [i.code, i.segmentId, i.loop?.split('/').at(-1), i.element])).toEqual([
      ['negative-patient-liability', 'AMT', '2430', 2],
    ]);
  });

  it('sends the adjudication date in 2330B when no line carries a 2430', () => {
    const claimLevel: Claim837p = {
      ...secondaryClaim,
      otherPayers: [
        {
          ...primaryAdjudication,
          adjustments: [
            ...primaryAdjudication.adjustments,
            { group: 'CO', reason: '42', amount: 300 },
          ],
        },
      ],
      lines: secondaryClaim.lines.map(({ adjudications: _a, ...l }) => l),
    };
    const { text, issues } = build(claimLevel);
    expect(issues).toEqual([]);
    expect(text).toContain('NM1*PR*2*Medicare Part B*****PI*00952~\nDTP*573*D8*20260320~\nLX*1~');
    expect(text).not.toContain('SVD*');
  });

  it.each<
    [string, { lineIndex?: number; paid?: number; payerId?: string; otherPaid?: number }, string[]]
  >([
    [
      'a line whose SVD02 + CAS is not its charge',
      { lineIndex: 1, paid: 1400 },
      ['cob-line-unbalanced', 'cob-paid-mismatch'],
    ],
    [
      'AMT*D that is not Σ SVD02 − claim CAS',
      { otherPaid: 3900 },
      ['cob-claim-unbalanced', 'cob-paid-mismatch'],
    ],
    [
      'an SVD01 that names no 2330B payer',
      { lineIndex: 2, payerId: '99999' },
      ['cob-paid-mismatch', 'cob-unknown-payer'],
    ],
  ])('refuses %s, with located issues', (_what, change, codes) => {
    const claim: Claim837p = {
      ...secondaryClaim,
      otherPayers: [{ ...primaryAdjudication, paid: change.otherPaid ?? primaryAdjudication.paid }],
      lines: secondaryClaim.lines.map((l, i) =>
        i === change.lineIndex
          ? {
              ...l,
              adjudications: (l.adjudications ?? []).map((a) => ({
                ...a,
                paid: change.paid ?? a.paid,
                payerId: change.payerId ?? a.payerId,
              })),
            }
          : l,
      ),
    };
    const { text, issues } = build(claim);
    expect(text).toBeUndefined();
    const errors = issues.filter((i) => i.severity === 'error');
    expect([...new Set(errors.map((i) => i.code))].sort()).toEqual(codes);
    expect(errors.every((i) => i.loop === '2320' || i.loop === '2430')).toBe(true);
  });
});

describe('build837p SBR05 for Medicare as secondary payer', () => {
  const commercialFirst: OtherPayer837p = {
    ...primaryAdjudication,
    claimFilingIndicator: 'CI',
    payer: { name: 'Prairie Health Plan', payerId: '61101' },
  };
  const toMedicare = (medicareSecondaryType?: string): Claim837p => ({
    ...secondaryClaim,
    subscriber: {
      ...secondaryClaim.subscriber,
      claimFilingIndicator: 'MB',
      memberId: '1EG4TE5MK72',
      ...(medicareSecondaryType === undefined ? {} : { medicareSecondaryType }),
    },
    payer: { name: 'Medicare Part B', payerId: '00952' },
    otherPayers: [commercialFirst],
    lines: secondaryClaim.lines.map((l) => ({
      ...l,
      adjudications: (l.adjudications ?? []).map((a) => ({ ...a, payerId: '61101' })),
    })),
  });

  it('writes the MSP type in SBR05 of 2000B', () => {
    const { text, issues } = build(toMedicare('12'));
    expect(issues).toEqual([]);
    expect(text).toContain('SBR*S*18*GRP-100**12****MB~');
  });

  it('refuses Medicare as secondary without the MSP type, or with an unknown one', () => {
    for (const type of [undefined, '99']) {
      const { text, issues } = build(toMedicare(type));
      expect(text).toBeUndefined();
      expect(issues).toEqual([
        expect.objectContaining({ segmentId: 'SBR', element: 5, loop: '2000B' }),
      ]);
    }
  });

  it('refuses an MSP type on a claim where Medicare is not paying second', () => {
    const { issues } = build({
      ...secondaryClaim,
      subscriber: { ...secondaryClaim.subscriber, medicareSecondaryType: '12' },
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'msp-type-not-used', segmentId: 'SBR', element: 5 }),
    ]);
  });
});
