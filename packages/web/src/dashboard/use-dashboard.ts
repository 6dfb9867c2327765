import { useQuery } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { WorklistKind } from '../api/types.ts';

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface Dashboard {
  readonly today: string;
  readonly queues: Record<WorklistKind, number>;
  readonly aging: {
    /** `null` for what patients owe. */
    readonly payerId: string | null;
    readonly payerName: string;
    readonly bucket: AgeBucket;
    readonly claims: number;
    readonly balance: number;
  }[];
  readonly activity: {
    readonly claimsBuilt: number;
    readonly claimsCharged: number;
    readonly batchesSent: number;
    readonly claimsBatched: number;
    readonly remittancesPosted: number;
    readonly paymentsPosted: number;
    readonly itemsResolved: number;
  };
}

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => api<Dashboard>('/dashboard'),
    // Every visit shows the work as it is now; an open dashboard refreshes each minute.
    staleTime: 0,
    refetchInterval: 60_000,
  });
}

/** One chart row per age bucket, one key per payer (balances in dollars for the axis). */
export function agingChartData(aging: Dashboard['aging']): {
  data: Record<string, string | number>[];
  payers: string[];
} {
  const payers = [...new Set(aging.map((a) => a.payerName))].sort();
  const data = AGE_BUCKETS.map((bucket) => {
    const row: Record<string, string | number> = { bucket };
    for (const payer of payers) {
      const cents = aging.find((a) => a.bucket === bucket && a.payerName === payer)?.balance ?? 0;
      row[payer] = cents / 100;
    }
    return row;
  });
  return { data, payers };
}
