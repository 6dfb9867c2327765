import { describe, expect, it } from 'vitest';
import { build837i } from './build-837i.ts';
import {
  inpatientClaim,
  outpatientClaim,
  secondaryClaim,
  threeInstitutionalClaims,
} from './build-837i.fixture.ts';
import type { Build837iInput, Claim837i, ServiceLine837i } from './build-837i-input.ts';
import { validateX12 } from './validate.ts';

const alone = (claim: Claim837i): Build837iInput => ({
  ...threeInstitutionalClaims,
  claims: [claim],
});
const firstLine = (c: Claim837i, change: Partial<ServiceLine837i>): Claim837i => ({
  ...c,
  lines: c.lines.map((l, i) => (i === 0 ? { ...l, ...change } : l)),
});
const without = <T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> => {
  const { [key]: _, ...rest } = o;
  return rest;
};
const codes = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `E11${i % 10}` }));

interface Case {
  readonly name: string;
  readonly claim: Claim837i;
  /** code, segment ID, loop, element, component of the one issue expected. */
  readonly want: readonly [string, string, string | undefined, number | undefined, number?];
}

// prettier-ignore
const cases: readonly Case[] = [
  { name: 'an inpatient claim without admission hour', claim: { ...inpatientClaim, admission: { date: '2026-03-01' } }, want: ['admission-missing', 'CLM', '2300', undefined] },
  { name: 'an inpatient claim without admission source', claim: without(inpatientClaim, 'admissionSource'), want: ['admission-type-missing', 'CLM', '2300', undefined] },
  { name: 'an inpatient claim without admitting diagnosis', claim: without(inpatientClaim, 'admittingDiagnosis'), want: ['admitting-diagnosis-missing', 'CLM', '2300', undefined] },
  { name: 'a final inpatient claim without discharge hour', claim: without(inpatientClaim, 'dischargeHour'), want: ['discharge-hour-missing', 'CLM', '2300', undefined] },
  { name: 'a principal procedure without operating physician', claim: without(inpatientClaim, 'operatingPhysician'), want: ['operating-physician-missing', 'CLM', '2300', undefined] },
  { name: 'no attending provider', claim: without(outpatientClaim, 'attendingProvider'), want: ['attending-provider-missing', 'CLM', '2300', undefined] },
  { name: 'a replacement without REF*F8', claim: { ...outpatientClaim, frequency: '7' }, want: ['missing-payer-claim-control-number', 'CLM', '2300', 5, 3] },
  { name: 'CLM02 not the sum of the lines', claim: { ...outpatientClaim, totalCharge: 98_049 }, want: ['claim-charge-mismatch', 'CLM', '2300', 2] },
  { name: 'a facility type with a zero', claim: { ...outpatientClaim, facilityType: '10' }, want: ['invalid-facility-type', 'CLM', '2300', 5, 1] },
  { name: 'an outpatient line without service date', claim: firstLine(outpatientClaim, { serviceDate: undefined as never }), want: ['required-segment-missing', 'DTP', '2400', undefined] },
  { name: 'a service date outside the statement period', claim: firstLine(outpatientClaim, { serviceDate: '2026-03-11' }), want: ['service-date-outside-statement', 'DTP', '2400', 3] },
  { name: 'a service date on an inpatient line', claim: firstLine(inpatientClaim, { serviceDate: '2026-03-01' }), want: ['service-date-not-used', 'DTP', '2400', 1] },
  { name: 'a statement period that ends before it starts', claim: { ...inpatientClaim, statementPeriod: { from: '2026-03-04', to: '2026-03-01' } }, want: ['invalid-period', 'DTP', '2300', 3] },
  { name: 'revenue code 0001 on a line', claim: firstLine(outpatientClaim, { revenueCode: '0001' }), want: ['invalid-revenue-code', 'SV2', '2400', 1] },
  { name: 'a three-digit revenue code', claim: firstLine(outpatientClaim, { revenueCode: '450' }), want: ['invalid-revenue-code', 'SV2', '2400', 1] },
  { name: 'modifiers without procedure', claim: firstLine(inpatientClaim, { modifiers: ['25'] }), want: ['required-component-missing', 'SV2', '2400', 2, 2] },
  { name: 'a unit basis other than UN or DA', claim: firstLine(outpatientClaim, { unit: 'MJ' as never }), want: ['invalid-code', 'SV2', '2400', 4] },
  { name: 'a dotted ICD-10-PCS code', claim: { ...inpatientClaim, principalProcedure: { code: '0DT.J4ZZ', date: '2026-03-01' } }, want: ['invalid-procedure', 'HI', '2300', 1, 2] },
  { name: 'an ICD-10-PCS code with the letter O', claim: { ...inpatientClaim, principalProcedure: { code: '0DTJ4ZO', date: '2026-03-01' } }, want: ['invalid-procedure', 'HI', '2300', 1, 2] },
  { name: 'other procedures without a principal one', claim: without(without(inpatientClaim, 'principalProcedure'), 'operatingPhysician'), want: ['principal-procedure-missing', 'HI', '2300', 1] },
  { name: '25 other diagnoses', claim: { ...inpatientClaim, otherDiagnoses: codes(25) }, want: ['too-many-codes', 'HI', '2300', 13] },
  { name: 'four reasons for visit', claim: { ...outpatientClaim, reasonsForVisit: ['R51', 'R05', 'R509', 'R11'] }, want: ['too-many-codes', 'HI', '2300', 4] },
  { name: 'a bad present-on-admission flag', claim: { ...inpatientClaim, principalDiagnosis: { code: 'K3580', presentOnAdmission: 'X' as never } }, want: ['invalid-code', 'HI', '2300', 1, 9] },
  { name: 'a bad admission type', claim: { ...inpatientClaim, admissionType: '6' }, want: ['invalid-code', 'CL1', '2300', 1] },
  { name: 'a one-digit patient status', claim: { ...inpatientClaim, patientStatus: '1' }, want: ['invalid-patient-status', 'CL1', '2300', 3] },
  { name: 'a discharge hour 2460', claim: { ...inpatientClaim, dischargeHour: '2460' }, want: ['invalid-time', 'DTP', '2300', 3] },
  { name: 'an SSN as the facility TIN', claim: { ...outpatientClaim, billingProvider: { ...without(outpatientClaim.billingProvider, 'ein'), ssn: '123456789' } as never }, want: ['invalid-tax-id', 'REF', '2010AA', 1] },
];

describe('build837i refuses invalid input with located issues', () => {
  it.each(cases)('$name', ({ claim, want }) => {
    const result = build837i(alone(claim));
    expect(result.text).toBeUndefined();
    const [code, segmentId, loop, element, component] = want;
    expect(
      result.issues.map((i) => [i.code, i.segmentId, i.loop, i.element, i.component]),
    ).toContainEqual([code, segmentId, loop, element, component]);
    for (const issue of result.issues) {
      expect(issue.message).toMatch(/^claims? /);
      expect(issue.segmentIndex).toBe((issue.txSegmentIndex ?? 0) + 2);
    }
  });

  // COB balancing (TR3 1.4.4.1) is the reader's: the validator finds it in the text built.
  it.each<[string, Claim837i, readonly (readonly [string, string, string, number?])[]]>([
    [
      'a line paid more than its adjustments allow',
      {
        ...secondaryClaim,
        lines: secondaryClaim.lines.map((l, i) =>
          i === 2
            ? {
                ...l,
                adjudications: (l.adjudications ?? []).map((a) => ({
                  ...a,
                  adjustments: [{ group: 'CO', reason: '45', amount: 4_000 }],
                })),
              }
            : l,
        ),
      },
      [
        ['cob-line-unbalanced', 'SVD', '2430', 2],
        ['cob-claim-unbalanced', 'SBR', '2320'],
      ],
    ],
    [
      'an SVD naming no other payer',
      firstLine(secondaryClaim, {
        adjudications:
          secondaryClaim.lines[0]?.adjudications?.map((a) => ({ ...a, payerId: '99999' })) ?? [],
      }),
      [
        ['cob-unknown-payer', 'SVD', '2430', 1],
        ['cob-claim-unbalanced', 'SBR', '2320'],
        ['cob-paid-mismatch', 'SBR', '2320'],
      ],
    ],
    [
      'an AMT*D that the claim does not balance to',
      { ...secondaryClaim, otherPayers: [{ ...secondaryClaim.otherPayers![0]!, paid: 60_000 }] },
      [
        ['cob-claim-unbalanced', 'SBR', '2320'],
        ['cob-paid-mismatch', 'SBR', '2320'],
      ],
    ],
  ])('refuses %s, located on the 2320 SBR or the 2430 SVD', (_name, claim, want) => {
    const result = build837i(alone(claim));
    expect(result.text).toBeUndefined();
    expect(
      result.issues.map((i) => [i.code, i.segmentId, i.loop, ...(i.element ? [i.element] : [])]),
    ).toEqual(want);
  });

  it('points each issue at the segment the text would have held', () => {
    const good = build837i(alone(outpatientClaim)).text ?? '';
    const bad = build837i(alone({ ...outpatientClaim, facilityType: '10' }));
    const clm = good.split('~').findIndex((s) => s.startsWith('CLM*')) + 1;
    expect(bad.issues[0]?.segmentIndex).toBe(clm);
    expect(validateX12(good)).toEqual([]);
  });
});
