import {
  CLAIM_FREQUENCY_LABELS,
  INSTITUTIONAL_FREQUENCY_LABELS,
  isClaimFrequencyCode,
  isInstitutionalFrequencyCode,
} from '../../identifiers/index.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import type { ScrubClaim } from '../scrub-claim.ts';

/** The frequency's meaning, or a finding when the claim's kind does not know the code. */
function frequencyLabel(claim: ScrubClaim): string | Finding {
  const code = claim.frequency;
  if (claim.kind === 'institutional') {
    if (isInstitutionalFrequencyCode(code)) return INSTITUTIONAL_FREQUENCY_LABELS[code];
    return {
      field: 'frequency',
      message: `Type of bill frequency "${code}" is not a NUBC frequency code (0–5, 7, 8, 9, or A–E, Q).`,
      fix: 'Use 1 for an admit-through-discharge or outpatient bill, 2–4 for interim bills, 7 or 8 to replace or void a paid claim.',
    };
  }
  if (isClaimFrequencyCode(code)) return CLAIM_FREQUENCY_LABELS[code];
  return {
    field: 'frequency',
    message: `Claim frequency "${code}" is not 1 (original), 7 (replacement) or 8 (void).`,
    fix: 'Send an original claim as 1; correct or void a paid claim as 7 or 8.',
  };
}

/**
 * TR3 2300 CLM05-3 and REF*F8: the frequency is a code of the claim's kind (837P: 1, 7, 8;
 * 837I: the type of bill's fourth digit), and replacement (7) and void (8) claims carry the
 * payer's claim control number of the claim they replace.
 */
export const claimFrequency: ScrubRule = {
  id: 'REQ-FREQ-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P/837I 2300 CLM05-3, 2300 REF*F8; UB-04 FL 4',
  title: 'The claim frequency is valid, with the payer claim number on 7 and 8',
  check: (claim) => {
    const label = frequencyLabel(claim);
    if (typeof label !== 'string') return [label];
    if ((claim.frequency === '7' || claim.frequency === '8') && !claim.payerClaimNumber?.trim()) {
      return [
        {
          field: 'payerClaimNumber',
          message: `A ${label.toLowerCase()} needs the payer's claim number (REF*F8) of the original.`,
          fix: "Copy the payer claim control number from the original claim's remittance (835 CLP07).",
        },
      ];
    }
    return [];
  },
};
