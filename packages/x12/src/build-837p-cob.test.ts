import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { twoClaims } from './build-837p.fixture.ts';
import { primaryAdjudication, secondaryClaim } from './build-837p-cob.fixture.ts';
import type { Claim837p, OtherPayer837p } from './build-837p-input.ts';
import { read837p } from './read-claims.ts';
import { validateX12 } from './validate.ts';

const build = (claim: Claim837p) =>
  build837p({ ...twoClaims, claims: [claim] }, { lineBreak: '\n' });

/** `text` with AMT*EAF after the first `after` segment (a 2430 DTP*573) and SE01 counting it. */
const withLineAmount = (text: string, after: string, amount: string): string =>
  text
    .replace(after, `${after}\nAMT*EAF*${amount}~`)
    .replace(/\nSE\*(\d+)\*/, (_, n: string) => `\nSE*${Number(n) + 1}*`);

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

  it('reads a 2430 AMT*EAF as the remaining patient liability of that line only', () => {
    const text = withLineAmount(build(secondaryClaim).text ?? '', 'DTP*573*D8*20260320~', '3');
    const { claims, issues } = read837p(text);
    expect(issues).toEqual([]);
    const read = claims[0]?.lines.flatMap((l) => l.adjudications) ?? [];
    expect(read.map((a) => a.remainingPatientLiability)).toEqual([300, undefined, undefined]);
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
