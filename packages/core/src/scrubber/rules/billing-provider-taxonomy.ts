import { parseTaxonomy } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * TR3 2000A PRV*BI*PXC: required when the payer adjudicates by taxonomy (Medicaid and many
 * commercial payers do); its absence is a warning, a malformed one a rejection.
 */
export const billingProviderTaxonomy: ScrubRule = {
  id: 'REQ-TAX-001',
  category: 'required-data',
  severity: 'warn',
  source: '837P 2000A PRV03',
  title: 'Billing provider taxonomy is present and well formed',
  check: (claim) => {
    const taxonomy = claim.billingProvider.taxonomy;
    if (taxonomy === undefined || taxonomy === '') {
      return [
        {
          field: 'billingProvider.taxonomy',
          message:
            'No billing provider taxonomy code: payers that adjudicate by taxonomy will reject the claim.',
          fix: 'Add the taxonomy the practice registered in NPPES (e.g. 207Q00000X).',
        },
      ];
    }
    return parseTaxonomy(taxonomy).ok
      ? []
      : [
          {
            field: 'billingProvider.taxonomy',
            severity: 'reject',
            message: `Billing provider taxonomy ${taxonomy} is not a NUCC taxonomy code (10 characters ending in X).`,
            fix: 'Use the code from the NUCC list, as registered in NPPES.',
          },
        ];
  },
};
