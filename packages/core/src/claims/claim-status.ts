/**
 * A claim's life (DESIGN.md, "The flow of a dollar"): built as a draft, scrubbed until ready,
 * put in a batch, submitted (or, for a later payer, crossed over by the earlier payer itself),
 * acknowledged (999/277CA) as accepted or rejected, adjudicated by the payer's 835 (paid,
 * partially paid, denied), and closed when nothing is owed. Corrected (frequency 7) and void (8)
 * claims are new versions of the same claim.
 */
export const CLAIM_STATUSES = [
  'draft',
  'ready',
  'in_batch',
  'submitted',
  // Sent to this payer by the earlier payer itself (835 CLP02 19/20/21), never by medbill.
  'crossed_over',
  'accepted',
  'rejected',
  'paid',
  'partially_paid',
  'denied',
  'closed',
  'void',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Each move a biller, an acknowledgment or a remittance can make, and where it may start. */
const TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  draft: ['ready', 'void'],
  ready: ['draft', 'in_batch', 'void'],
  // An acknowledgment or remittance for a claim still marked in batch shows it was sent.
  in_batch: ['submitted', 'ready', 'accepted', 'rejected', 'paid', 'partially_paid', 'denied'],
  submitted: ['accepted', 'rejected', 'paid', 'partially_paid', 'denied'],
  crossed_over: ['accepted', 'rejected', 'paid', 'partially_paid', 'denied'],
  accepted: ['rejected', 'paid', 'partially_paid', 'denied'],
  rejected: ['draft', 'ready', 'void'],
  paid: ['closed', 'paid', 'partially_paid', 'denied', 'draft'],
  partially_paid: ['closed', 'paid', 'partially_paid', 'denied', 'draft'],
  denied: ['paid', 'partially_paid', 'denied', 'closed', 'draft'],
  closed: ['paid', 'partially_paid', 'denied', 'draft'],
  void: [],
};

export function canMove(from: ClaimStatus, to: ClaimStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return TRANSITIONS[from];
}

/** Statuses in which the payer has not yet answered: the follow-up worklist ages these. */
export const AWAITING_PAYER: readonly ClaimStatus[] = ['submitted', 'crossed_over', 'accepted'];
