import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { lineDiagnosisBillable } from './line-diagnosis-billable.ts';

const rule = lineDiagnosisBillable(testFacts);

describe('LINE-DXBILL-001 pointers lead to billable diagnoses', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    [['I10', 'E11'], 2, 'points at diagnosis 2, E11'],
    [['E11', 'R0789'], 1, 'Line 1 (99214) points at diagnosis 1'],
    [['S52531', 'R0789'], 1, 'S52.531'],
  ])('%j', (diagnoses, count, message) => {
    const findings = rule.check(claimWith({ diagnoses }), context);
    expect(findings).toHaveLength(count);
    expect(findings[0]?.message).toContain(message);
  });
});
