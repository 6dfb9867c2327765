import { isValidNpi } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/** TR3 005010X222A1 2010AA NM109: the billing provider's NPI, checked with the Luhn digit over 80840. */
export const billingProviderNpi: ScrubRule = {
  id: 'REQ-NPI-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2010AA NM109; CMS NPI check-digit standard',
  title: 'Billing provider NPI is present and passes the check digit',
  check: (claim) =>
    isValidNpi(claim.billingProvider.npi)
      ? []
      : [
          {
            field: 'billingProvider.npi',
            message: claim.billingProvider.npi
              ? `Billing provider NPI ${claim.billingProvider.npi} is not a valid NPI (check digit over 80840 fails or not 10 digits).`
              : 'Billing provider NPI is missing.',
            fix: "Correct the practice's group NPI in setup (NPPES shows the registered number).",
          },
        ],
};
