import type { ClaimStatus } from '../api/types.ts';

const COLORS: Record<ClaimStatus, string> = {
  draft: 'gray',
  ready: 'blue',
  in_batch: 'indigo',
  submitted: 'violet',
  crossed_over: 'grape',
  accepted: 'cyan',
  rejected: 'red',
  paid: 'green',
  partially_paid: 'lime',
  denied: 'red',
  closed: 'dark',
  void: 'gray',
};

export const statusColor = (status: ClaimStatus): string => COLORS[status];
