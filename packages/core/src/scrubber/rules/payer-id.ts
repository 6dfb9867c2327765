import type { ScrubRule } from '../rule.ts';

/** TR3 2010BB NM108 PI / NM109: the payer identifier the clearinghouse routes on. */
export const payerIdPresent: ScrubRule = {
  id: 'REQ-PAYER-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2010BB NM109',
  title: 'Payer ID is present',
  check: (claim) =>
    /^[0-9A-Z]{2,80}$/i.test(claim.payer.payerId)
      ? []
      : [
          {
            field: 'payer.payerId',
            message: `Payer ${claim.payer.name} has no usable payer ID ("${claim.payer.payerId}").`,
            fix: "Enter the payer ID from your clearinghouse's payer list in the payer's setup.",
          },
        ],
};
