import { describe, expect, it } from 'vitest';
import { build837d } from './build-837d.ts';
import { input, secondaryClaim } from './build-837d.fixture.ts';
import type { Claim837d } from './build-837d-input.ts';
import { read837d } from './read-837d.ts';
import { validateX12 } from './validate.ts';

const build = (claim: Claim837d) => build837d({ ...input, claims: [claim] }, { lineBreak: '\n' });

/** The segments from the 2320 SBR to the SE, as written. */
const cobPart = (text: string) => text.slice(text.indexOf('SBR*P'), text.indexOf('\nSE*') + 1);

const [primary] = secondaryClaim.otherPayers ?? [];
const withOther = (change: Partial<NonNullable<typeof primary>>): Claim837d => ({
  ...secondaryClaim,
  otherPayers: [{ ...primary!, ...change }],
});
const withLine = (
  index: number,
  change: Partial<NonNullable<Claim837d['lines'][number]['adjudications']>[number]>,
): Claim837d => ({
  ...secondaryClaim,
  lines: secondaryClaim.lines.map((l, i) =>
    i === index
      ? { ...l, adjudications: (l.adjudications ?? []).map((a) => ({ ...a, ...change })) }
      : l,
  ),
});

describe('build837d COB loops (2320/2330A/2330B/2430)', () => {
  it('writes the earlier payer as TR3 005010X224A2 orders it, SVD03 with AD (golden)', () => {
    const { text, issues } = build(secondaryClaim);
    expect(issues).toEqual([]);
    expect(text).toContain('HL*2*1*22*0~\nSBR*S*18*');
    expect(cobPart(text ?? '')).toBe(
      [
        'SBR*P*18*GRP-7******CI~',
        'CAS*PR*1*50~',
        'AMT*D*150~',
        'AMT*EAF*110~',
        'OI***Y***Y~',
        'NM1*IL*1*Doe*Jane****MI*DEN123~',
        'NM1*PR*2*Delta Dental*****PI*CDCA1~',
        'LX*1~',
        'SV3*AD:D2392*215*********1~',
        'TOO*JP*30*M:O~',
        'DTP*472*D8*20260310~',
        'REF*6R*L1~',
        'SVD*CDCA1*120*AD:D2392**1~',
        'CAS*CO*45*35~',
        'CAS*PR*2*60~',
        'DTP*573*D8*20260318~',
        'LX*2~',
        'SV3*AD:D1110*100**01:02~',
        'DTP*472*D8*20260310~',
        'SVD*CDCA1*80*AD:D1120**1~',
        'CAS*CO*45*20~',
        'DTP*573*D8*20260318~',
        '',
      ].join('\n'),
    );
    expect(validateX12(text ?? '').filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('is read back by the 837D reader into the same other payer and line adjudications', () => {
    const { claims, issues } = read837d(build(secondaryClaim).text ?? '');
    expect(issues).toEqual([]);
    const [claim] = claims;
    expect(claim?.subscriber.responsibility).toBe('S');
    expect(claim?.otherPayers.map(({ at: _at, ...other }) => other)).toEqual([
      {
        responsibility: 'P',
        relationship: primary?.relationship,
        groupNumber: primary?.groupNumber,
        filingIndicator: primary?.claimFilingIndicator,
        paid: primary?.paid,
        remainingPatientLiability: primary?.remainingPatientLiability,
        adjustments: primary?.adjustments,
        subscriber: {
          role: 'IL',
          kind: 'person',
          lastName: 'Doe',
          firstName: 'Jane',
          idQualifier: 'MI',
          id: 'DEN123',
        },
        payer: {
          role: 'PR',
          kind: 'organization',
          lastName: 'Delta Dental',
          idQualifier: 'PI',
          id: 'CDCA1',
        },
      },
    ]);
    const read = claim?.lines.map((line) =>
      line.adjudications.map((a) => ({
        payerId: a.payerId,
        paid: a.paid,
        procedureCode: a.procedure?.code,
        units: a.units,
        adjustments: a.adjustments,
        adjudicatedOn: a.date,
      })),
    );
    expect(read).toEqual(
      secondaryClaim.lines.map((line) =>
        (line.adjudications ?? []).map((a) => ({
          ...a,
          procedureCode: a.procedureCode ?? line.procedureCode,
        })),
      ),
    );
  });

  it('writes 2430 AMT*EAF after DTP*573 and SBR04, and reads both back as given', () => {
    const { remainingPatientLiability: _claimLevel, ...other } = primary!;
    const claim: Claim837d = {
      ...secondaryClaim,
      otherPayers: [{ ...other, groupName: 'SMILE CO' }],
      lines: secondaryClaim.lines.map((l, i) => ({
        ...l,
        adjudications: (l.adjudications ?? []).map((a) => ({
          ...a,
          remainingPatientLiability: [11_000, 0][i] ?? 0,
        })),
      })),
    };
    const { text, issues } = build(claim);
    expect(issues).toEqual([]);
    expect(text).toContain('SBR*P*18*GRP-7*SMILE CO*****CI~');
    expect(text).toContain('DTP*573*D8*20260318~\nAMT*EAF*110~\nLX*2~');
    const { claims, issues: readIssues } = read837d(text ?? '');
    expect(readIssues).toEqual([]);
    expect(claims[0]?.otherPayers[0]?.groupName).toBe('SMILE CO');
    const read = claims[0]?.lines.flatMap((l) => l.adjudications) ?? [];
    expect(read.map((a) => a.remainingPatientLiability)).toEqual([11_000, 0]);
  });

  it('sends the adjudication date in 2330B when no line carries a 2430', () => {
    const claimLevel: Claim837d = {
      ...withOther({
        paid: 20_000,
        adjustments: [
          { group: 'CO', reason: '45', amount: 5_500 },
          { group: 'PR', reason: '2', amount: 6_000 },
        ],
        remainingPatientLiability: 6_000,
      }),
      lines: secondaryClaim.lines.map(({ adjudications: _a, ...l }) => l),
    };
    const { text, issues } = build(claimLevel);
    expect(issues).toEqual([]);
    expect(text).toContain('NM1*PR*2*Delta Dental*****PI*CDCA1~\nDTP*573*D8*20260318~\nLX*1~');
    expect(text).not.toContain('SVD*');
  });

  it.each<[string, Claim837d, readonly (readonly [string, string, string, number?])[]]>([
    [
      'a line whose SVD02 + CAS is not its charge',
      withLine(1, { paid: 7_000 }),
      [
        ['cob-line-unbalanced', 'SVD', '2430', 2],
        ['cob-paid-mismatch', 'SBR', '2320'],
      ],
    ],
    [
      'an AMT*D that is not Σ SVD02 − claim CAS',
      withOther({ paid: 14_000 }),
      [
        ['cob-claim-unbalanced', 'SBR', '2320'],
        ['cob-paid-mismatch', 'SBR', '2320'],
      ],
    ],
    [
      'an SVD01 that names no 2330B payer',
      withLine(0, { payerId: 'OTHER' }),
      [
        ['cob-unknown-payer', 'SVD', '2430', 1],
        ['cob-claim-unbalanced', 'SBR', '2320'],
        ['cob-paid-mismatch', 'SBR', '2320'],
      ],
    ],
    [
      'the remaining liability of one payer in 2320 and in 2430',
      withLine(0, { remainingPatientLiability: 11_000 }),
      [['cob-patient-liability-twice', 'SBR', '2320']],
    ],
    [
      'an adjudicated procedure that is no CDT code',
      withLine(1, { procedureCode: '99213' }),
      [['invalid-adjudicated-procedure-code', 'SVD', '2430', 3]],
    ],
  ])('refuses %s, located', (_what, claim, want) => {
    const { text, issues } = build(claim);
    expect(text).toBeUndefined();
    expect(
      issues.map((i) => [i.code, i.segmentId, i.loop, ...(i.element ? [i.element] : [])]),
    ).toEqual(want);
  });
});
