import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdCodeFirst } from './icd-code-first.ts';

const rule = icdCodeFirst(testFacts);

describe('ICD-CODEFIRST-001 "code first" etiology', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['I10', 'F0280', 'G309'], 'diagnoses.3', 'Re-order'],
    [['I10', 'F0280'], 'diagnoses.2', 'Add the documented underlying condition'],
  ])('flags %j', (diagnoses, field, fix) => {
    const [finding] = rule.check(claimWith({ diagnoses }), context);
    expect(finding?.field).toBe(field);
    expect(finding?.fix).toContain(fix);
  });
  it('passes the etiology first', () =>
    expect(rule.check(claimWith({ diagnoses: ['G309', 'F0280'] }), context)).toEqual([]));
});
