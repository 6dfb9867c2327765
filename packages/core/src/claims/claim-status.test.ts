import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, canMove, nextStatuses } from './claim-status.ts';

describe('claim status', () => {
  it.each([
    ['draft', 'ready', true],
    ['ready', 'in_batch', true],
    ['in_batch', 'submitted', true],
    ['submitted', 'rejected', true],
    ['rejected', 'ready', true],
    ['accepted', 'partially_paid', true],
    ['paid', 'closed', true],
    ['closed', 'paid', true], // a late correction on the 835 re-opens the money side
    ['denied', 'draft', true], // corrected claim
    ['draft', 'submitted', false],
    ['ready', 'paid', false],
    ['void', 'draft', false],
    ['submitted', 'draft', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => expect(canMove(from, to)).toBe(allowed));

  it('lets every status but void go somewhere, and nothing reach draft from in flight', () => {
    for (const status of CLAIM_STATUSES)
      expect(nextStatuses(status).length > 0).toBe(status !== 'void');
    expect(canMove('in_batch', 'draft')).toBe(false);
    expect(canMove('in_batch', 'paid')).toBe(true);
  });
});
