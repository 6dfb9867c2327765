import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { ncciPtp } from './ncci-ptp.ts';

const rule = ncciPtp(testFacts);

describe('NCCI-PTP-001 procedure-to-procedure edits', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['93000', '93005', [], 'modifier indicator 0'],
    ['93000', '93005', ['59'], 'modifier indicator 0'],
    ['45380', '45378', [], 'without a bypass modifier'],
    ['45380', '45378', ['XS'], undefined],
    ['99213', '93000', [], undefined],
  ])('%s + %s %j', (first, second, modifiers, message) => {
    const claim = claimWithLines(procedureLine(first), procedureLine(second, { modifiers }));
    const [finding, ...rest] = rule.check(claim, context);
    expect(rest).toEqual([]);
    if (message === undefined) expect(finding).toBeUndefined();
    else {
      expect(finding?.message).toContain(message);
      expect(finding?.location).toEqual({ scope: 'line', line: 2 });
    }
  });
});
