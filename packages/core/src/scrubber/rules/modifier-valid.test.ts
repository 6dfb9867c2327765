import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { modifierValid } from './modifier-valid.ts';

const rule = modifierValid(testFacts);

describe('MOD-VALID-001 modifier valid', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['RT'], 0],
    [['ZZ'], 1],
    [['25', 'Q7'], 1],
  ])('%j → %i', (modifiers, count) => {
    const findings = rule.check(claimWithLines(procedureLine('20610', { modifiers })), context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.message).toContain('is not a CPT or HCPCS modifier');
  });
});
