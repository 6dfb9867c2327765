import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdAgeConflict } from './icd-age-conflict.ts';

const rule = icdAgeConflict(testFacts);

describe('ICD-AGE-001 age conflicts', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['1956-04-12', 1],
    ['2026-03-01', 0],
  ])('Z38.00 for a patient born %s → %i', (dob, count) => {
    const claim = claimWith({
      diagnoses: ['Z3800'],
      patient: { ...cleanClaim.patient, dateOfBirth: isoDate(dob) },
    });
    const findings = rule.check(claim, context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.message).toContain('patient is 69');
  });
});
