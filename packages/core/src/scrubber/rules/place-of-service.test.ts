import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { placeOfServiceValid } from './place-of-service.ts';

const rule = placeOfServiceValid(testFacts);

describe('POS-VALID-001 place of service', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [claimWith({ placeOfService: '98' }), { scope: 'claim' }],
    [lineWith(1, { placeOfService: '00' }), { scope: 'line', line: 2 }],
  ])('flags %#', (claim, location) => {
    const [finding] = rule.check(claim, context);
    expect(finding?.location).toEqual(location);
    expect(finding?.message).toMatch(/Place of service \d\d is not in the CMS/);
  });
  it('passes a valid line POS', () =>
    expect(rule.check(lineWith(0, { placeOfService: '10' }), context)).toEqual([]));
});
