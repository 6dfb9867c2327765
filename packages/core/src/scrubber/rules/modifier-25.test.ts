import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { modifier25 } from './modifier-25.ts';

const rule = modifier25(testFacts);

describe('MOD-25-001 modifier 25 on an E/M with a minor procedure', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['20610', [], 1],
    ['20610', ['25'], 0],
    ['17110', [], 1],
    ['27447', [], 0],
    ['93000', [], 0],
  ])('99214 %j with %s → %i', (procedure, modifiers, count) => {
    const claim = claimWithLines(procedureLine('99214', { modifiers }), procedureLine(procedure));
    const findings = rule.check(claim, context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.message).toContain(`with minor procedure ${procedure}`);
  });
});
