import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build837i } from './build-837i.ts';
import { inpatientClaim, outpatientClaim, threeInstitutionalClaims } from './build-837i.fixture.ts';
import type { Claim837i } from './build-837i-input.ts';
import { read837i } from './read-institutional-claims.ts';
import { validateX12 } from './validate.ts';

/** Mostly a valid value, sometimes an arbitrary (often invalid) one. */
const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 });

/** Text: sometimes empty, long, or holding delimiters and line breaks. */
const value = mostly(
  fc.constantFrom('Doe', 'A1', ' Pad ', 'PCN-9'),
  fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('x*y', 'a:b', 'c~d', 'e^f', 'g\nh', '')),
);
const day = mostly(
  fc.constant('2026-03-02'),
  fc.constantFrom('2026-02-30', '03/02/2026', '', '2026-04-01'),
);

const claim = fc
  .record({
    base: fc.constantFrom(outpatientClaim, inpatientClaim),
    pcn: value,
    lastName: value,
    facilityType: mostly(
      fc.constant<string | undefined>(undefined),
      fc.oneof(fc.constantFrom('85', '12', '18'), fc.string({ maxLength: 3 })),
    ),
    frequency: mostly(
      fc.constant<Claim837i['frequency']>('1'),
      fc.constantFrom<Claim837i['frequency']>('0', '4', '7', '8'),
    ),
    serviceDate: mostly(fc.constant(true), fc.constant(false)),
    day,
    revenueCode: mostly(fc.constantFrom('0450', '0120', '0250'), fc.string({ maxLength: 5 })),
    charge: mostly(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -5, max: 5 })),
    units: mostly(fc.constantFrom(1, 2, 1.5, 0.25), fc.double()),
    principal: mostly(fc.constantFrom('K3580', 'S52521A', 'I10'), fc.string({ maxLength: 9 })),
    others: mostly<string[]>(
      fc.array(fc.constantFrom('E119', 'I10', 'Z0000'), { maxLength: 12 }),
      fc.array(fc.constantFrom('E119', 'bad'), { maxLength: 26 }),
    ),
    pcs: mostly(
      fc.constant(undefined),
      fc.oneof(fc.constant('0DTJ4ZZ'), fc.string({ maxLength: 8 })),
    ),
    admission: fc.option(
      fc.record({
        date: day,
        hour: fc.option(fc.constantFrom('0930', '2400'), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map((r): Claim837i => {
    const { admission, principalProcedure: _, otherProcedures: __, ...base } = r.base;
    const facilityType = r.facilityType ?? r.base.facilityType;
    // Outpatient lines mostly carry their date, inpatient lines mostly not: the TR3 rule.
    const dated = r.serviceDate === (facilityType !== '11' && facilityType !== '18');
    return {
      ...base,
      patientControlNumber: r.pcn,
      facilityType,
      frequency: r.frequency,
      statementPeriod: { from: '2026-03-01', to: '2026-03-04' },
      subscriber: { ...base.subscriber, lastName: r.lastName },
      principalDiagnosis: { code: r.principal },
      otherDiagnoses: r.others.map((code) => ({ code })),
      ...(r.pcs === undefined ? {} : { principalProcedure: { code: r.pcs, date: '2026-03-02' } }),
      ...(inpatientClaim.operatingPhysician === undefined
        ? {}
        : { operatingPhysician: inpatientClaim.operatingPhysician }),
      ...(r.admission === undefined
        ? admission === undefined
          ? {}
          : { admission }
        : {
            admission: {
              date: r.admission.date,
              ...(r.admission.hour === undefined ? {} : { hour: r.admission.hour }),
            },
          }),
      totalCharge: r.charge,
      lines: [
        {
          revenueCode: r.revenueCode,
          charge: r.charge,
          units: r.units,
          ...(dated ? { serviceDate: r.day } : {}),
        },
      ],
    };
  });

describe('build837i over arbitrary input', () => {
  it('never throws; either refuses with located issues or emits text its validator and reader accept', () => {
    let emitted = 0;
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 3 }), (claims) => {
        const result = build837i({ ...threeInstitutionalClaims, claims });
        if (result.text === undefined) {
          expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
          for (const issue of result.issues) {
            expect(issue.segmentId).toMatch(/^[A-Z][A-Z0-9]{1,2}$/);
            expect(issue.segmentIndex).toBeGreaterThan(0);
          }
          return;
        }
        emitted += 1;
        expect(validateX12(result.text).filter((i) => i.severity === 'error')).toEqual([]);
        const read = read837i(result.text);
        expect(read.issues).toEqual([]);
        // Claims come back grouped by subscriber, so compare them as sets.
        expect(read.claims.map((c) => [c.claimId, c.charge, c.facilityType]).sort()).toEqual(
          claims.map((c) => [c.patientControlNumber.trim(), c.totalCharge, c.facilityType]).sort(),
        );
      }),
      { numRuns: 300, seed: 223 },
    );
    expect(emitted).toBeGreaterThan(20);
  });
});
