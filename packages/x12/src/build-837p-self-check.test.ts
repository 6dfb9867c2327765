import { describe, expect, it, vi } from 'vitest';
import { build837p } from './build-837p.ts';
import { twoClaims } from './build-837p.fixture.ts';
import type { X12Issue } from './issue.ts';

const found = vi.hoisted(() => ({ validator: [] as X12Issue[] }));

// The validator stands in for a rule the builder does not know: its verdict must be obeyed,
// whether it is fed the segments as they are written or the whole text (a value not ASCII).
vi.mock('./validate.ts', () => ({
  validateX12: () => found.validator,
  X12Validator: class {
    readonly syntaxSink = () => undefined;
    push(): void {}
    end(): X12Issue[] {
      return found.validator;
    }
  },
}));

const rejection: X12Issue = {
  severity: 'error',
  code: 'some-payer-rule',
  message: 'CLM01 is rejected',
  segmentIndex: 23,
  segmentId: 'CLM',
  txSegmentIndex: 21,
  element: 1,
  loop: '2300',
};

const notAscii = {
  ...twoClaims,
  claims: twoClaims.claims.map((c) => ({
    ...c,
    subscriber: { ...c.subscriber, lastName: 'Peña' },
  })),
};

describe.each([
  ['', twoClaims],
  [' (a value not ASCII)', notAscii],
])('build837p self-check%s', (_, input) => {
  it.each([
    ['emits the text when its validator finds no error', [], true],
    [
      'emits the text, with the validator warning',
      [{ ...rejection, severity: 'warning' as const }],
      true,
    ],
    ['refuses, with the validator issues, when its validator finds an error', [rejection], false],
  ])('%s', (_, issues, emitted) => {
    found.validator = issues;
    const result = build837p(input);
    expect(result.text !== undefined).toBe(emitted);
    expect(result.issues).toEqual(issues);
  });
});
