import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { ncciMue } from './ncci-mue.ts';

const rule = ncciMue(testFacts);

describe('NCCI-MUE-001 units per date of service', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['11102', [1], undefined],
    ['11102', [2], 'MUE of 1 per day (MAI 2 policy'],
    ['20610', [1, 1], undefined],
    ['20610', [2, 1], 'MUE of 2 per day (MAI 3 clinical'],
    ['A6460', [1, 1], undefined],
    ['A6460', [2], 'MUE of 1 per line (MAI 1'],
    ['99397', [1], 'MUE of 0 (MAI 3, CMS Policy): the payer does not pay it'],
  ])('%s units %j', (code, units, message) => {
    const claim = claimWithLines(...units.map((u) => procedureLine(code, { units: u })));
    const [finding] = rule.check(claim, context);
    if (message === undefined) expect(finding).toBeUndefined();
    else expect(finding?.message).toContain(message);
  });
});
