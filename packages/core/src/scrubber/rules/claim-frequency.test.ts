import { describe, expect, it } from 'vitest';
import { inpatientClaim } from '../institutional-claim.fixture.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimFrequency } from './claim-frequency.ts';

describe('REQ-FREQ-001 claim frequency', () => {
  it.each([
    [{}, 0],
    [{ frequency: '7', payerClaimNumber: '22026061000123' }, 0],
    [{ frequency: '7' }, 1],
    [{ frequency: '8', payerClaimNumber: ' ' }, 1],
    [{ frequency: '2' }, 1],
  ])('%o → %i finding(s)', (change, n) =>
    expect(claimFrequency.check(claimWith(change), context)).toHaveLength(n),
  );
  it('names REF*F8 for a replacement without the payer claim number', () =>
    expect(claimFrequency.check(claimWith({ frequency: '7' }), context)[0]?.message).toContain(
      'REF*F8',
    ));
  it.each([
    ['1', 0],
    ['2', 0],
    ['4', 0],
    ['Q', 0],
    ['7', 1],
    ['6', 1],
    ['Z', 1],
  ])('institutional frequency %s → %i finding(s)', (frequency, n) =>
    expect(claimFrequency.check({ ...inpatientClaim, frequency }, context)).toHaveLength(n),
  );
  it('passes the clean claim', () => expect(claimFrequency.check(cleanClaim, context)).toEqual([]));
});
