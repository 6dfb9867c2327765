import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { billingProviderTaxonomy } from './billing-provider-taxonomy.ts';

const withTaxonomy = (taxonomy: string) =>
  claimWith({ billingProvider: { ...cleanClaim.billingProvider, taxonomy } });

describe('REQ-TAX-001 billing provider taxonomy', () => {
  it('passes a NUCC code', () =>
    expect(billingProviderTaxonomy.check(cleanClaim, context)).toEqual([]));
  it('warns when missing and rejects when malformed', () => {
    expect(billingProviderTaxonomy.check(withTaxonomy(''), context)[0]?.severity).toBeUndefined();
    expect(billingProviderTaxonomy.check(withTaxonomy('207Q0000'), context)[0]?.severity).toBe(
      'reject',
    );
  });
});
