import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { modifier59 } from './modifier-59.ts';

const rule = modifier59(testFacts);

describe('MOD-59-001 59/X{EPSU} only to bypass a PTP edit', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['45380', '45378', 'XS', 0],
    ['45380', '45378', '59', 0],
    ['99213', '93000', 'XS', 1],
    ['93000', '93005', '59', 1],
  ])('%s with %s-%s → %i', (first, second, modifier, count) => {
    const claim = claimWithLines(
      procedureLine(first),
      procedureLine(second, { modifiers: [modifier] }),
    );
    expect(rule.check(claim, context)).toHaveLength(count);
  });
});
