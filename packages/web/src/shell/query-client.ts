import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../api/problem.ts';

/** Cached for half a minute; a 4xx answer is final (retrying will not change it). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(error instanceof ApiProblem && error.status < 500) && failures < 2,
      },
    },
  });
}
