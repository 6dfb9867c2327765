import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { billingProviderNpi } from './billing-provider-npi.ts';

describe('REQ-NPI-001 billing provider NPI', () => {
  it('passes a valid NPI', () => expect(billingProviderNpi.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['1234567890', 'not a valid NPI'],
    ['123456789', 'not a valid NPI'],
    ['', 'missing'],
  ])('flags %j', (npi, text) => {
    const [finding] = billingProviderNpi.check(
      claimWith({ billingProvider: { ...cleanClaim.billingProvider, npi } }),
      context,
    );
    expect(finding?.field).toBe('billingProvider.npi');
    expect(finding?.message).toContain(text);
  });
});
