import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimFilingIndicator } from './claim-filing-indicator.ts';

describe('REQ-SBR-001 claim filing indicator', () => {
  it.each(['MB', 'MC', 'CI', 'BL', 'HM', '16'])('passes %s', (code) =>
    expect(
      claimFilingIndicator.check(
        claimWith({ payer: { ...cleanClaim.payer, claimFilingIndicator: code } }),
        context,
      ),
    ).toEqual([]),
  );
  it.each(['', 'XX', 'mb'])('flags %j', (code) =>
    expect(
      claimFilingIndicator.check(
        claimWith({ payer: { ...cleanClaim.payer, claimFilingIndicator: code } }),
        context,
      ),
    ).toHaveLength(1),
  );
});
