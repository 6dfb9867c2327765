import { useQueries } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';

/** The long title of each diagnosis on the date of service, as the code set has it. */
export function useDiagnosisTitles(
  codes: readonly string[],
  dateOfService: string,
): ReadonlyMap<string, string> {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: ['icd10cm-title', code, dateOfService],
      queryFn: () =>
        api<{ lookup: { longTitle?: string } }>(
          `/codes/icd10cm/${code}${query({ date: dateOfService })}`,
        ),
      staleTime: Infinity,
      retry: false,
    })),
  });
  return new Map(codes.map((code, i) => [code, results[i]?.data?.lookup.longTitle ?? '']));
}
