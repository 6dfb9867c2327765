import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../api/http.ts';
import type { ScrubPreview } from '../api/types.ts';

/**
 * The scrubber's findings on the encounter as it stands on screen (saved or not), refreshed
 * a moment after each change. The server rolls the preview back: nothing is saved.
 */
export function useScrubPreview(encounterId: string, body: Record<string, unknown> | undefined) {
  const [settled] = useDebouncedValue(body, 400);
  return useQuery({
    queryKey: ['scrub-preview', encounterId, settled],
    queryFn: () =>
      api<ScrubPreview>(`/encounters/${encounterId}/scrub-preview`, {
        method: 'POST',
        body: settled,
      }),
    enabled: settled !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
