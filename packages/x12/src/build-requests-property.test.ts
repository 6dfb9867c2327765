import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build270 } from './build-270.ts';
import type { EligibilityInquiry } from './build-270-input.ts';
import { build276 } from './build-276.ts';
import type { ClaimStatusInquiry } from './build-276-input.ts';
import { claimStatusRequest, eligibilityRequest } from './build-requests.fixture.ts';
import type { BuildResult } from './build-transaction.ts';
import { parseSegments } from './read-segments.ts';
import { validateX12 } from './validate.ts';

/** Mostly a valid value, sometimes an arbitrary (often invalid) one. */
const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: valid, weight: 10 }, { arbitrary: other, weight: 1 });

const value = mostly(
  fc.constantFrom('Doe', 'A1', ' Pad ', 'W-9'),
  fc.oneof(fc.string({ maxLength: 90 }), fc.constantFrom('x*y', 'a:b', 'c~d', 'e^f', 'g\nh', '')),
);
const day = mostly(
  fc.constantFrom('2026-03-10', '1999-12-31'),
  fc.constantFrom('2026-02-30', '', '3/10/26'),
);
const gender = fc.constantFrom<'F' | 'M' | 'U' | undefined>('F', 'M', 'U', undefined);

/** A built text has no validator error and parses to its own segments; a refusal is located. */
function checkResult(result: BuildResult): void {
  if (result.text === undefined) {
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    for (const issue of result.issues) {
      expect(issue.segmentIndex).toBeGreaterThanOrEqual(1);
      expect(issue.message).not.toBe('');
    }
    return;
  }
  expect(validateX12(result.text).filter((i) => i.severity === 'error')).toEqual([]);
  expect(parseSegments(result.text).at(-1)?.id).toBe('IEA');
}

const inquiry = fc
  .record({
    trace: value,
    originator: mostly(fc.constant('1123456789'), fc.string({ maxLength: 12 })),
    last: value,
    memberId: value,
    birth: day,
    gender,
    dependent: fc.option(fc.record({ last: value, birth: day, gender }), { nil: undefined }),
    types: mostly<string[]>(
      fc.constantFrom(['30'], ['1', '98', 'UC']),
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
    ),
    date: fc.option(mostly(day, fc.constant('')), { nil: undefined }),
  })
  .map((r): EligibilityInquiry => ({
    traceNumber: r.trace,
    originatorId: r.originator,
    subscriber: {
      memberId: r.memberId,
      lastName: r.last,
      firstName: 'Jane',
      birthDate: r.birth,
      ...(r.gender === undefined ? {} : { gender: r.gender }),
    },
    ...(r.dependent === undefined
      ? {}
      : {
          dependent: {
            lastName: r.dependent.last,
            firstName: 'Sam',
            birthDate: r.dependent.birth,
            ...(r.dependent.gender === undefined ? {} : { gender: r.dependent.gender }),
          },
        }),
    serviceTypes: r.types,
    ...(r.date === undefined ? {} : { date: r.date }),
  }));

const claim = fc
  .record({
    trace: value,
    pcn: fc.option(value, { nil: undefined }),
    memberId: value,
    birth: day,
    charge: mostly(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -5, max: 5 })),
    dependent: fc.boolean(),
    serviceDate: day,
  })
  .map((r): ClaimStatusInquiry => ({
    traceNumber: r.trace,
    subscriber: { memberId: r.memberId, lastName: 'Doe', firstName: 'Jane', birthDate: r.birth },
    ...(r.dependent
      ? { dependent: { lastName: 'Doe', firstName: 'Sam', birthDate: r.birth } }
      : {}),
    ...(r.pcn === undefined ? {} : { patientControlNumber: r.pcn }),
    charge: r.charge,
    serviceDate: r.serviceDate,
  }));

describe('request builders over arbitrary input', () => {
  it('build270 either writes a text its validator accepts or refuses with located issues', () => {
    fc.assert(
      fc.property(fc.array(inquiry, { minLength: 1, maxLength: 4 }), (inquiries) => {
        checkResult(build270({ ...eligibilityRequest, inquiries }));
      }),
      { numRuns: 300 },
    );
  });

  it('build276 either writes a text its validator accepts or refuses with located issues', () => {
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 4 }), (claims) => {
        checkResult(build276({ ...claimStatusRequest, claims }));
      }),
      { numRuns: 300 },
    );
  });
});
