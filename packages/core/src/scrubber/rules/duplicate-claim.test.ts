import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import type { ClaimOnFile } from '../rule.ts';
import { duplicateClaim } from './duplicate-claim.ts';

const earlier: ClaimOnFile = {
  claimNumber: 'A100001-0',
  patientAccountNumber: 'A100001',
  renderingProviderNpi: '1245319599',
  lines: [{ serviceDate: cleanClaim.serviceDateFrom, procedureCode: '93000', modifiers: [] }],
};

describe('DUP-CLM-001 duplicate claim', () => {
  it('flags a service already billed for the patient, date and provider', () => {
    const findings = duplicateClaim.check(cleanClaim, { ...context, claimsOnFile: [earlier] });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('A100001-0');
  });
  it.each([
    ['another patient', { ...earlier, patientAccountNumber: 'A100002' }],
    ['another provider', { ...earlier, renderingProviderNpi: '1144221847' }],
    ['the same claim', { ...earlier, claimNumber: cleanClaim.claimNumber }],
  ])('passes %s', (_label, other) =>
    expect(duplicateClaim.check(cleanClaim, { ...context, claimsOnFile: [other] })).toEqual([]),
  );
  it('leaves corrected claims alone', () =>
    expect(
      duplicateClaim.check(claimWith({ frequency: '7', payerClaimNumber: 'X' }), {
        ...context,
        claimsOnFile: [earlier],
      }),
    ).toEqual([]));
});
