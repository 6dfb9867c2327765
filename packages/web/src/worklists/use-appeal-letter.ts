import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiFile } from '../api/http.ts';
import { saveFile } from '../shell/save-file.ts';

export interface AppealDraft {
  readonly text: string;
  readonly claimNumber: string;
}

/** The server's draft of a request for reconsideration, filled with the claim's facts. */
export function useAppealDraft(itemId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['appeal-letter', itemId],
    queryFn: () => api<AppealDraft>(`/worklists/${itemId}/appeal-letter`),
    enabled,
    staleTime: Infinity,
  });
}

/** Prints the edited letter as a PDF and downloads it; the server notes it on the item. */
export function usePrintAppeal(itemId: string, claimNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) => {
      const file = await apiFile(
        `/worklists/${itemId}/appeal-letter.pdf`,
        { method: 'POST', body: { text } },
        `appeal-${claimNumber}.pdf`,
      );
      saveFile(file);
      return file.fileName;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['worklists'] }),
  });
}
