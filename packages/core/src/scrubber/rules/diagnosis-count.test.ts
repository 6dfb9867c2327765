import { describe, expect, it } from 'vitest';
import { claimWith, context } from '../scrub-claim.fixture.ts';
import { diagnosisCount } from './diagnosis-count.ts';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `R${String(i).padStart(2, '0')}`);

describe('REQ-DX-001 diagnosis count', () => {
  it.each([
    [0, 'professional', 1],
    [1, 'professional', 0],
    [12, 'professional', 0],
    [13, 'professional', 1],
    [13, 'institutional', 0],
  ] as const)('%i diagnoses on a %s claim → %i finding(s)', (n, kind, findings) =>
    expect(diagnosisCount.check(claimWith({ diagnoses: codes(n), kind }), context)).toHaveLength(
      findings,
    ),
  );
});
