import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdValid } from './icd-valid.ts';

const rule = icdValid(testFacts);

describe('ICD-VALID-001 diagnosis valid and billable on the DOS', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['E11', 'E11 is a header in FY2026', 'E11.00, E11.01, E11.10'],
    ['S301XXA', 'S30.1XXA was deleted', 'S30.11XA, S30.12XA, S30.13XA'],
    ['Q9999', 'Q99.99 is not an ICD-10-CM code', 'code set in force'],
  ])('flags %s', (code, message, fix) => {
    const [finding, ...rest] = rule.check(claimWith({ diagnoses: ['I10', code] }), context);
    expect(rest).toEqual([]);
    expect(finding?.message).toContain(message);
    expect(finding?.fix).toContain(fix);
    expect(finding?.field).toBe('diagnoses.2');
  });
  it('leaves a missing 7th character to ICD-7TH-001', () =>
    expect(rule.check(claimWith({ diagnoses: ['S52531', 'S0990A'] }), context)).toEqual([]));
});
