import { describe, expect, it } from 'vitest';
import { build837d } from './build-837d.ts';
import { claim, input, predetermination } from './build-837d.fixture.ts';
import type { Build837dInput, Claim837d } from './build-837d-input.ts';
import { read837d } from './read-837d.ts';
import { validateX12 } from './validate.ts';

describe('build837d', () => {
  const built = build837d(input, { lineBreak: '\n' });
  const text = built.text ?? '';

  it('writes SV3 lines with CDT codes, teeth and oral cavity, accepted by the validator', () => {
    expect(built.issues).toEqual([]);
    expect(validateX12(text)).toEqual([]);
    const lines = text.split('\n');
    for (const segment of [
      'ST*837*0041*005010X224A2~',
      'CLM*D-0001*315***11:B:1*Y*A*Y*Y~',
      'CLM*D-0002*1500***11:B:1*Y*A*Y*Y**********PB~',
      'HI*ABK:K0252~',
      'NM1*82*1*Kildare*Ben****XX*1245319599~',
      'PRV*PE*PXC*1223G0001X~',
      'SV3*AD:D2392*215*********1~',
      'TOO*JP*30*M:O~',
      'SV3*AD:D1110*100**01:02~',
      'SV3*AD:D6240*1000***I~',
      'TOO*JP*4~',
      'SV3*AD:D0220*500****2~',
      'DTP*472*D8*20260310~',
    ])
      expect(lines).toContain(segment);
    const predeterminationText = text.slice(text.indexOf('CLM*D-0002'));
    expect(predeterminationText).not.toContain('DTP*472');
  });

  it('is read back by the 837D reader into the same facts', () => {
    const { claims, issues } = read837d(text);
    expect(issues).toEqual([]);
    expect(
      claims.map((c) => [c.claimId, c.charge, c.placeOfService, c.frequency, c.predetermination]),
    ).toEqual([
      ['D-0001', 31_500, '11', '1', false],
      ['D-0002', 150_000, '11', '1', true],
    ]);
    expect(claims[0]?.renderingProvider).toMatchObject({ role: '82', id: '1245319599' });
    expect(claims[0]?.diagnoses).toEqual([{ qualifier: 'ABK', code: 'K0252' }]);
    expect(claims[1]?.patient).toMatchObject({ firstName: 'Lily', relationship: '19' });
    expect(
      claims.flatMap((c) =>
        c.lines.map((l) => [
          l.procedure.qualifier,
          l.procedure.code,
          l.charge,
          l.oralCavity,
          l.prosthesis,
          l.quantity,
          l.diagnosisPointers,
          l.teeth,
          l.serviceDate,
          l.lineControlNumber,
        ]),
      ),
    ).toEqual([
      [
        'AD',
        'D2392',
        21_500,
        [],
        undefined,
        undefined,
        [1],
        [{ tooth: '30', surfaces: ['M', 'O'] }],
        '2026-03-10',
        'L1',
      ],
      ['AD', 'D1110', 10_000, ['01', '02'], undefined, undefined, [], [], '2026-03-10', undefined],
      [
        'AD',
        'D6240',
        100_000,
        [],
        'I',
        undefined,
        [],
        [
          { tooth: '4', surfaces: [] },
          { tooth: '5', surfaces: [] },
          { tooth: '6', surfaces: [] },
        ],
        undefined,
        undefined,
      ],
      ['AD', 'D0220', 50_000, [], undefined, 2, [], [], undefined, undefined],
    ]);
  });

  const first = (change: Partial<Claim837d['lines'][number]>): Build837dInput => ({
    ...input,
    claims: [{ ...claim, lines: claim.lines.map((l, i) => (i === 0 ? { ...l, ...change } : l)) }],
  });
  it.each([
    [
      'a CPT code instead of CDT',
      first({ procedureCode: '99213' }),
      ['invalid-procedure-code', 'SV3', '2400', 1, 2],
    ],
    [
      'tooth 33',
      first({ teeth: [{ tooth: '33' }] }),
      ['invalid-tooth', 'TOO', '2400', 2, undefined],
    ],
    [
      'surface X',
      first({ teeth: [{ tooth: '30', surfaces: ['X'] }] }),
      ['invalid-code', 'TOO', '2400', 3, 1],
    ],
    ['oral cavity 99', first({ oralCavity: ['99'] }), ['invalid-code', 'SV3', '2400', 4, 1]],
    [
      'a pointer past the diagnoses',
      first({ pointers: [2] }),
      ['diagnosis-pointer-unknown', 'SV3', '2400', 11, 1],
    ],
    [
      'no service date on a claim',
      first({ serviceDate: undefined as never }),
      ['required-element-missing', 'DTP', '2400', 3, undefined],
    ],
    [
      'a service date on a predetermination',
      {
        ...input,
        claims: [
          {
            ...predetermination,
            lines: predetermination.lines.map((l) => ({ ...l, serviceDate: '2026-03-10' })),
          },
        ],
      },
      ['service-date-not-used', 'DTP', '2400', 1, undefined],
    ],
    [
      'CLM02 not the sum of the lines',
      { ...input, claims: [{ ...claim, totalCharge: 1 }] },
      ['claim-charge-mismatch', 'CLM', '2300', 2, undefined],
    ],
  ] as const)('refuses %s, located', (_, bad, want) => {
    const result = build837d(bad);
    expect(result.text).toBeUndefined();
    expect(
      result.issues.map((i) => [i.code, i.segmentId, i.loop, i.element, i.component]),
    ).toContainEqual([...want]);
  });
});
