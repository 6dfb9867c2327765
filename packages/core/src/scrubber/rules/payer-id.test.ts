import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { payerIdPresent } from './payer-id.ts';

describe('REQ-PAYER-001 payer ID', () => {
  it('passes a clearinghouse payer ID', () =>
    expect(payerIdPresent.check(cleanClaim, context)).toEqual([]));
  it.each(['', 'A', 'IL-MCD'])('flags %j', (payerId) =>
    expect(
      payerIdPresent.check(claimWith({ payer: { ...cleanClaim.payer, payerId } }), context)[0]
        ?.message,
    ).toContain('Medicare Part B'),
  );
});
