import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdUnspecified } from './icd-unspecified.ts';

const rule = icdUnspecified(testFacts);

describe('ICD-UNSPEC-001 unspecified codes', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['M1710', 'does not say which side'],
    ['R079', 'is an unspecified code'],
    ['M1711', undefined],
  ])('%s', (code, message) => {
    const [finding] = rule.check(claimWith({ diagnoses: [code] }), context);
    if (message === undefined) expect(finding).toBeUndefined();
    else expect(finding?.message).toContain(message);
  });
});
