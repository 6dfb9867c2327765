import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { modifierBilateral } from './modifier-bilateral.ts';

const rule = modifierBilateral(testFacts);

describe('MOD-BILAT-001 modifier 50, RT/LT and the bilateral indicator', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['20610', ['50'], undefined],
    ['20610', ['RT'], undefined],
    ['20610', ['50', 'RT'], 'modifier 50 with RT'],
    ['69210', ['50'], 'indicator 2: the code is already bilateral'],
    ['99213', ['50'], 'indicator 0'],
  ])('%s %j', (code, modifiers, message) => {
    const [finding] = rule.check(claimWithLines(procedureLine(code, { modifiers })), context);
    if (message === undefined) expect(finding).toBeUndefined();
    else expect(finding?.message).toContain(message);
  });
  it('warns when an indicator-1 code is split into RT and LT lines', () => {
    const claim = claimWithLines(
      procedureLine('20610', { modifiers: ['RT'] }),
      procedureLine('20610', { modifiers: ['LT'] }),
    );
    const [finding] = rule.check(claim, context);
    expect(finding?.severity).toBe('warn');
    expect(finding?.message).toContain('line 1 with RT and line 2 with LT');
  });
});
