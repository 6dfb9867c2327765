import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { icdExternalCauseFirst as rule } from './icd-external-cause-first.ts';

describe('ICD-EXTCAUSE-001 external cause first-listed', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['W19XXXA', 'S0990XA'], 1, 'S09.90XA'],
    [['V4352XA'], 1, 'Add the injury'],
    [['S0990XA', 'W19XXXA'], 0, ''],
  ])('%j → %i', (diagnoses, count, fix) => {
    const findings = rule.check(claimWith({ diagnoses }), context);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.fix).toContain(fix);
  });
});
