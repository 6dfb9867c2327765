import { describe, expect, it } from 'vitest';
import type { AdministrativeSex } from '../../identifiers/index.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdSexConflict } from './icd-sex-conflict.ts';

const rule = icdSexConflict(testFacts);

describe('ICD-SEX-001 sex conflicts', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each<[AdministrativeSex, number]>([
    ['F', 1],
    ['M', 0],
  ])('N40.0 for sex %s → %i', (sex, count) => {
    const claim = claimWith({ diagnoses: ['N400'], patient: { ...cleanClaim.patient, sex } });
    const findings = rule.check(claim, context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.message).toContain('male only');
  });
});
