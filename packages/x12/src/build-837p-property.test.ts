import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { selfClaim, twoClaims } from './build-837p.fixture.ts';
import type { Claim837p } from './build-837p-input.ts';
import { read837p } from './read-claims.ts';
import { validateX12 } from './validate.ts';

/** Mostly a valid value, sometimes an arbitrary (often invalid) one. */
const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 });

/** Text: sometimes empty, long, or holding delimiters and line breaks. */
const value = mostly(
  fc.constantFrom('Doe', 'A1', ' Pad ', 'PCN-9'),
  fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('x*y', 'a:b', 'c~d', 'e^f', 'g\nh', '')),
);

const claim = fc
  .record({
    pcn: value,
    lastName: value,
    memberId: value,
    npi: mostly(fc.constant('1234567893'), fc.constantFrom('1234567890', '', '12345')),
    serviceDate: mostly(fc.constant('2026-03-10'), fc.constantFrom('2026-02-30', '03/10/2026', '')),
    charge: mostly(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -5, max: 5 })),
    units: mostly(fc.constantFrom(1, 2, 1.5, 0.25), fc.double()),
    diagnoses: mostly<string[]>(
      fc.constantFrom(['J069'], ['J069', 'R509', 'Z23']),
      fc.array(fc.oneof(fc.constant('I10'), fc.string({ maxLength: 8 })), { maxLength: 14 }),
    ),
    pointers: mostly<number[]>(
      fc.constant([1]),
      fc.array(fc.integer({ min: -1, max: 14 }), { maxLength: 5 }),
    ),
    frequency: mostly(
      fc.constant<Claim837p['frequency']>('1'),
      fc.constantFrom<Claim837p['frequency']>('7', '8'),
    ),
  })
  .map((r): Claim837p => ({
    ...selfClaim,
    patientControlNumber: r.pcn,
    frequency: r.frequency,
    billingProvider: { ...selfClaim.billingProvider, npi: r.npi },
    subscriber: { ...selfClaim.subscriber, lastName: r.lastName, memberId: r.memberId },
    diagnoses: r.diagnoses,
    totalCharge: r.charge,
    lines: [
      {
        ...selfClaim.lines[0]!,
        charge: r.charge,
        units: r.units,
        pointers: r.pointers,
        serviceDate: r.serviceDate,
      },
    ],
  }));

describe('build837p over arbitrary input', () => {
  it('never throws; either refuses with located issues or emits text its validator accepts', () => {
    let emitted = 0;
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 3 }), (claims) => {
        const result = build837p({ ...twoClaims, claims });
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
        // Claims come back grouped by subscriber, so compare them as sets.
        expect(
          read837p(result.text)
            .claims.map((c) => c.claimId)
            .sort(),
        ).toEqual(claims.map((c) => c.patientControlNumber.trim()).sort());
      }),
      { numRuns: 300, seed: 837 },
    );
    expect(emitted).toBeGreaterThan(30);
  });
});
