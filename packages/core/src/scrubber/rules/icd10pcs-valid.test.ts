import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { inpatientClaim, institutionalWith } from '../institutional-claim.fixture.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icd10pcsValid } from './icd10pcs-valid.ts';

const rule = icd10pcsValid(testFacts);
const withCode = (code: string) =>
  rule.check(
    institutionalWith(inpatientClaim, {
      procedures: [{ code, principal: true, date: isoDate('2026-03-02') }],
    }),
    context,
  );

describe('PCS-VALID-001 ICD-10-PCS validity', () => {
  it('passes a valid code and professional claims', () => {
    expect(withCode('0DTJ4ZZ')).toEqual([]);
    expect(rule.check(cleanClaim, context)).toEqual([]);
  });
  it('refuses a table heading, saying how to complete it', () => {
    const [finding] = withCode('0DT');
    expect(finding?.message).toContain('table heading');
    expect(finding?.fix).toContain('0DT');
  });
  it('passes on the code set’s own words for an unknown code', () =>
    expect(withCode('0ZZZZZZ')[0]?.message).toContain('not an ICD-10-PCS code'));
});
