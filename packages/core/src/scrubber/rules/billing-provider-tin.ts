import { parseTin } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/** TR3 2010AA REF*EI / REF*SY: the billing provider's tax identification number. */
export const billingProviderTin: ScrubRule = {
  id: 'REQ-TIN-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2010AA REF02 (EI/SY)',
  title: 'Billing provider TIN is a valid EIN or SSN',
  check: (claim) => {
    const tin = claim.billingProvider.tin;
    if (parseTin(tin, 'EIN').ok || parseTin(tin, 'SSN').ok) return [];
    return [
      {
        field: 'billingProvider.tin',
        message: tin
          ? 'Billing provider TIN is not a valid EIN or SSN.'
          : 'Billing provider TIN is missing.',
        fix: "Enter the practice's EIN (or the sole proprietor's SSN) in setup, as on its W-9.",
      },
    ];
  },
};
