import type { ClaimStatus } from './claim-status.ts';
import type { ScrubIssue } from '../scrubber/issue.ts';

/**
 * What happens to a next payer's claim when the adjudication it carries no longer stands (the
 * earlier payer's claim was corrected or voided, or its 835 reversed): a claim not yet sent is
 * held stale and rebuilt from the new 835; a claim already sent needs a corrected claim, which a
 * biller sends once the new adjudication is in; a void claim needs nothing.
 */
export function staleNextPayerAction(status: ClaimStatus): 'hold' | 'correct' | 'none' {
  switch (status) {
    case 'draft':
    case 'ready':
    case 'rejected':
      return 'hold';
    case 'void':
      return 'none';
    case 'in_batch':
    case 'submitted':
    case 'crossed_over':
    case 'accepted':
    case 'paid':
    case 'partially_paid':
    case 'denied':
    case 'closed':
      return 'correct';
  }
}

/**
 * The finding that keeps a stale next-payer claim out of batches: sending it would report an
 * earlier payer's adjudication that no longer stands (837P 2320/2430), and the payer would
 * coordinate benefits on wrong amounts.
 */
export function staleAdjudicationIssue(reason: string): ScrubIssue {
  return {
    ruleId: 'COB-STALE-001',
    category: 'coverage',
    severity: 'reject',
    message: `The earlier payer's adjudication this claim carries no longer stands: ${reason}.`,
    fix: "Wait for the earlier payer's new 835: posting it rebuilds this claim with the new adjudication.",
    source: '837P 2320 AMT*D, 2430 SVD/CAS',
    location: { scope: 'claim' },
    field: 'priorPayers',
  };
}
