import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdExcludes1 } from './icd-excludes1.ts';

const rule = icdExcludes1(testFacts);

describe('ICD-EXCL1-001 Excludes1 pairs', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['E119', 'E109'], 'diagnoses.2'],
    [['I10', 'E109', 'R0789', 'E119'], 'diagnoses.4'],
  ])('flags %j', (diagnoses, field) => {
    const findings = rule.check(claimWith({ diagnoses }), context);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.field).toBe(field);
    expect(findings[0]?.message).toContain('Excludes1');
    expect(findings[0]?.message).toMatch(/E11\.9|E10\.9/);
  });
});
