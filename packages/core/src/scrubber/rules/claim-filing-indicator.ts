import { isClaimFilingIndicator } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/** TR3 2000B SBR09: the claim filing indicator code must be one of the 837's code list. */
export const claimFilingIndicator: ScrubRule = {
  id: 'REQ-SBR-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2000B SBR09',
  title: 'Claim filing indicator is a valid SBR09 code',
  check: (claim) =>
    isClaimFilingIndicator(claim.payer.claimFilingIndicator)
      ? []
      : [
          {
            field: 'payer.claimFilingIndicator',
            message: `Claim filing indicator "${claim.payer.claimFilingIndicator}" for ${claim.payer.name} is not a valid SBR09 code.`,
            fix: "Set the payer's filing indicator in setup (MB Medicare Part B, MC Medicaid, CI commercial, BL BCBS, HM HMO, …).",
          },
        ],
};
