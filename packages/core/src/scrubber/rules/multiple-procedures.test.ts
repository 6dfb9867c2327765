import { describe, expect, it } from 'vitest';
import { cents } from '../../money/index.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { multipleProcedures } from './multiple-procedures.ts';

const rule = multipleProcedures(testFacts);

describe('MULT-PROC-001 multiple procedure order and 51', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [20000, 10000, [], undefined],
    [10000, 20000, [], 'is worth more than the first reducible procedure'],
    [20000, 10000, ['51'], 'is the primary procedure but carries modifier 51'],
  ])('10060 $%i then 11102 $%i, %j', (first, second, modifiers, message) => {
    const claim = claimWithLines(
      procedureLine('10060', { charge: cents(first), modifiers }),
      procedureLine('11102', { charge: cents(second) }),
    );
    const [finding] = rule.check(claim, context);
    if (message === undefined) expect(finding).toBeUndefined();
    else expect(finding?.message).toContain(message);
  });
});
