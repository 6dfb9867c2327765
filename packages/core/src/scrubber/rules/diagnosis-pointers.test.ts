import { describe, expect, it } from 'vitest';
import { cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { diagnosisPointers } from './diagnosis-pointers.ts';

describe('LINE-DXP-001 diagnosis pointers', () => {
  it('passes the clean claim', () =>
    expect(diagnosisPointers.check(cleanClaim, context)).toEqual([]));
  it.each([
    [[], 'needs 1 to 4'],
    [[1, 2, 1, 2, 1], 'needs 1 to 4'],
    [[3], 'points at diagnosis 3 but the claim has 2'],
    [[0], 'points at diagnosis 0'],
    [[1, 1], 'same diagnosis twice'],
  ])('flags %j', (pointers, text) => {
    const findings = diagnosisPointers.check(lineWith(1, { diagnosisPointers: pointers }), context);
    expect(findings.map((f) => f.message).join(' ')).toContain(text);
    expect(findings[0]?.location).toEqual({ scope: 'line', line: 2 });
  });
});
