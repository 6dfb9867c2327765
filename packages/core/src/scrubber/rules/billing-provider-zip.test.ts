import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { billingProviderZip } from './billing-provider-zip.ts';

describe('REQ-ZIP-001 billing provider ZIP+4', () => {
  it('passes nine digits', () => expect(billingProviderZip.check(cleanClaim, context)).toEqual([]));
  it.each(['62701', '62701-1234', ''])('flags %j', (zip) =>
    expect(
      billingProviderZip.check(
        claimWith({ billingProvider: { ...cleanClaim.billingProvider, zip } }),
        context,
      ),
    ).toHaveLength(1),
  );
});
