import { describe, expect, it, vi } from 'vitest';
import { build837p } from './build-837p.ts';
import { twoClaims } from './build-837p.fixture.ts';
import type { X12Issue } from './issue.ts';

const found = vi.hoisted(() => ({ validator: [] as X12Issue[] }));

// The validator stands in for a rule the builder does not know: its verdict must be obeyed.
vi.mock('./validate.ts', () => ({ validateX12: () => found.validator }));

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

describe('build837p self-check', () => {
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
    const result = build837p(twoClaims);
    expect(result.text !== undefined).toBe(emitted);
    expect(result.issues).toEqual(issues);
  });
});
