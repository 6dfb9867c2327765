import { describe, expect, it } from 'vitest';
import { cents } from '../money/index.ts';
import { inpatientClaim, outpatientClaim } from './institutional-claim.fixture.ts';
import { CLAIM_DATA_RULES } from './rules/index.ts';
import { claimWith, cleanClaim, context } from './scrub-claim.fixture.ts';
import { isClean, scrubClaim } from './scrub.ts';

describe('scrubClaim', () => {
  it('finds nothing on a clean claim', () => {
    expect(scrubClaim(cleanClaim, context, CLAIM_DATA_RULES)).toEqual([]);
  });

  it('reports every problem, most severe first, each located and explained', () => {
    const claim = claimWith({
      billingProvider: { ...cleanClaim.billingProvider, zip: '62701', taxonomy: '' },
      frequency: '7',
      lines: [
        cleanClaim.lines[0]!,
        { ...cleanClaim.lines[1]!, charge: cents(0), diagnosisPointers: [5] },
      ],
    });
    const issues = scrubClaim(claim, context, CLAIM_DATA_RULES);
    expect(issues.map((i) => [i.ruleId, i.severity, i.location])).toEqual([
      ['REQ-FREQ-001', 'reject', { scope: 'claim' }],
      ['REQ-ZIP-001', 'reject', { scope: 'claim' }],
      ['LINE-CHG-001', 'reject', { scope: 'line', line: 2 }],
      ['LINE-DXP-001', 'reject', { scope: 'line', line: 2 }],
      ['REQ-TAX-001', 'warn', { scope: 'claim' }],
      ['LINE-FEE-001', 'warn', { scope: 'line', line: 2 }],
    ]);
    expect(
      issues.every((i) => i.message.length > 0 && i.fix.length > 0 && i.source.length > 0),
    ).toBe(true);
    expect(isClean(issues)).toBe(false);
  });

  it('finds nothing on clean inpatient and outpatient institutional claims', () => {
    expect(scrubClaim(inpatientClaim, context, CLAIM_DATA_RULES)).toEqual([]);
    expect(scrubClaim(outpatientClaim, context, CLAIM_DATA_RULES)).toEqual([]);
  });

  it('treats warnings alone as clean', () => {
    const issues = scrubClaim(
      claimWith({ billingProvider: { ...cleanClaim.billingProvider, taxonomy: '' } }),
      context,
      CLAIM_DATA_RULES,
    );
    expect(issues.map((i) => i.ruleId)).toEqual(['REQ-TAX-001']);
    expect(isClean(issues)).toBe(true);
  });

  it('gives every rule a unique stable id', () => {
    const ids = CLAIM_DATA_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]+(-[A-Z0-9]+)+-\d{3}$/);
  });
});
