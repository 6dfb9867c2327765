import type { WorklistKind } from '../api/types.ts';

/** The work queues in billing words, in the order a biller works them. */
export const WORKLIST_KINDS: readonly {
  readonly kind: WorklistKind;
  readonly label: string;
  readonly description: string;
}[] = [
  {
    kind: 'denial',
    label: 'Denials',
    description: 'Lines the payer denied on an 835: appeal, correct or write off.',
  },
  {
    kind: 'rejection',
    label: 'Rejections',
    description: 'Claims a 999 or 277CA rejected before adjudication: fix and resend.',
  },
  {
    kind: 'follow_up',
    label: 'No response (follow-up)',
    description:
      "Claims sent with no acknowledgment or 835 after the payer's follow-up days: check claim status.",
  },
  {
    kind: 'secondary_correction',
    label: 'Secondary corrections',
    description:
      "Secondary claims already sent whose primary's adjudication changed: send a corrected claim.",
  },
  {
    kind: 'unmatched_remittance',
    label: 'Unposted ERA',
    description:
      '835 payments that matched no claim or line, or did not balance. A claim payment, service line or provider adjustment is posted from its remittance.',
  },
  {
    kind: 'unmatched_acknowledgment',
    label: 'Unmatched 277CA',
    description: 'Claim acknowledgments that matched no claim medbill sent.',
  },
  {
    kind: 'credit_balance',
    label: 'Credit balances',
    description:
      'Overpayments and unapplied payments on account: refund, or apply to the next visit.',
  },
];
