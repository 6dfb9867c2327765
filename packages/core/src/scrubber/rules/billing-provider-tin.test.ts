import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { billingProviderTin } from './billing-provider-tin.ts';

const withTin = (tin: string) =>
  claimWith({ billingProvider: { ...cleanClaim.billingProvider, tin } });

describe('REQ-TIN-001 billing provider TIN', () => {
  it.each(['371234567', '123456789'])('passes %s', (tin) =>
    expect(billingProviderTin.check(withTin(tin), context)).toEqual([]),
  );
  it.each([
    ['', 'missing'],
    ['000000000', 'not a valid'],
    ['12345', 'not a valid'],
  ])('flags %j', (tin, text) =>
    expect(billingProviderTin.check(withTin(tin), context)[0]?.message).toContain(text),
  );
});
