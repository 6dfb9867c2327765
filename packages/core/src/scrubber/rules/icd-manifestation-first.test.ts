import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdManifestationFirst } from './icd-manifestation-first.ts';

const rule = icdManifestationFirst(testFacts);

describe('ICD-MANIF-001 manifestation code first-listed', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['G63', 'E1142'], 1],
    [['E1142', 'G63'], 0],
    [['F0280', 'G309'], 1],
  ])('%j → %i finding(s)', (diagnoses, count) => {
    const findings = rule.check(claimWith({ diagnoses }), context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.field).toBe('diagnoses.1');
  });
});
