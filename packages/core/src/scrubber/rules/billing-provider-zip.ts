import type { ScrubRule } from '../rule.ts';

/** TR3 005010X222A1 2010AA N403: the billing provider's ZIP code must be nine digits. */
export const billingProviderZip: ScrubRule = {
  id: 'REQ-ZIP-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2010AA N403',
  title: 'Billing provider ZIP code has nine digits (ZIP+4)',
  check: (claim) =>
    /^\d{9}$/.test(claim.billingProvider.zip)
      ? []
      : [
          {
            field: 'billingProvider.zip',
            message: `Billing provider ZIP ${claim.billingProvider.zip || '(blank)'} is not a 9-digit ZIP+4.`,
            fix: "Add the +4 to the practice's address (USPS ZIP code lookup gives it).",
          },
        ],
};
