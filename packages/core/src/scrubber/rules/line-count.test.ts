import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { lineCount } from './line-count.ts';

const lines = (n: number) => Array.from({ length: n }, () => cleanClaim.lines[0]!);

describe('REQ-LINE-001 line count', () => {
  it.each([
    [0, 1],
    [1, 0],
    [50, 0],
    [51, 1],
  ])('%i lines → %i finding(s)', (n, findings) =>
    expect(lineCount.check(claimWith({ lines: lines(n) }), context)).toHaveLength(findings),
  );
});
