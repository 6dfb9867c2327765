import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { modifierPcTc } from './modifier-pctc.ts';

const rule = modifierPcTc(testFacts);

describe('MOD-PCTC-001 26/TC against the PC/TC indicator', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['71046', '26', undefined],
    ['71046', 'TC', undefined],
    ['93000', '26', 'PC/TC indicator is 4 (global test only code)'],
    ['99213', 'TC', 'PC/TC indicator is 0'],
  ])('%s-%s', (code, modifier, message) => {
    const [finding] = rule.check(
      claimWithLines(procedureLine(code, { modifiers: [modifier] })),
      context,
    );
    if (message === undefined) expect(finding).toBeUndefined();
    else expect(finding?.message).toContain(message);
  });
});
