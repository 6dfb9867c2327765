import { CLAIM_FREQUENCY_LABELS, isClaimFrequencyCode } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * TR3 2300 CLM05-3 and REF*F8: replacement (7) and void (8) claims must carry the payer's
 * claim control number of the claim they replace.
 */
export const claimFrequency: ScrubRule = {
  id: 'REQ-FREQ-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2300 CLM05-3, 2300 REF*F8',
  title: 'Claim frequency is 1, 7 or 8, with the payer claim number on 7 and 8',
  check: (claim) => {
    if (!isClaimFrequencyCode(claim.frequency)) {
      return [
        {
          field: 'frequency',
          message: `Claim frequency "${claim.frequency}" is not 1 (original), 7 (replacement) or 8 (void).`,
          fix: 'Send an original claim as 1; correct or void a paid claim as 7 or 8.',
        },
      ];
    }
    if (claim.frequency !== '1' && !claim.payerClaimNumber?.trim()) {
      return [
        {
          field: 'payerClaimNumber',
          message: `A ${CLAIM_FREQUENCY_LABELS[claim.frequency].toLowerCase()} claim needs the payer's claim number (REF*F8) of the original.`,
          fix: "Copy the payer claim control number from the original claim's remittance (835 CLP07).",
        },
      ];
    }
    return [];
  },
};
