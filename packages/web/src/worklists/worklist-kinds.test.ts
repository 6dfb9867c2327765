import { describe, expect, it } from 'vitest';
import { WORKLIST_KINDS } from './worklist-kinds.ts';

describe('WORKLIST_KINDS', () => {
  it('lists every queue the server keeps, once', () => {
    expect(WORKLIST_KINDS.map((k) => k.kind).sort()).toEqual([
      'credit_balance',
      'denial',
      'follow_up',
      'rejection',
      'secondary_correction',
      'unmatched_acknowledgment',
      'unmatched_remittance',
    ]);
  });
});
