import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { ncciAddOn } from './ncci-add-on.ts';

const rule = ncciAddOn(testFacts);

describe('NCCI-AOC-001 add-on code without its primary', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['11102', '11103'], 0],
    [['11103'], 1],
    [['64483', '64484'], 0],
    [['99213', '64484'], 1],
  ])('%j → %i', (codes, count) => {
    const findings = rule.check(claimWithLines(...codes.map((c) => procedureLine(c))), context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.message).toContain('without one of its primary procedures');
  });
  it('wants the primary on the same date', () => {
    const claim = claimWithLines(
      procedureLine('11102', { serviceDate: isoDate('2026-03-01') }),
      procedureLine('11103'),
    );
    expect(rule.check(claim, context)).toHaveLength(1);
  });
});
