import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { ClaimReplacement } from '../api/types.ts';
import type { CorrectionBody } from './claim-correction.ts';

function useVersionMutation<In>(fn: (input: In) => Promise<ClaimReplacement>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });
}

/** A corrected claim (frequency 7): a new version with the changes; the original stays. */
export function useCorrectClaim(claimId: string) {
  return useVersionMutation((body: CorrectionBody) =>
    api<ClaimReplacement>(`/claims/${claimId}/correct`, { method: 'POST', body }),
  );
}

/** A void (frequency 8): a new version that cancels the claim at the payer. */
export function useVoidClaim(claimId: string) {
  return useVersionMutation((reason: string) =>
    api<ClaimReplacement>(`/claims/${claimId}/void`, { method: 'POST', body: { reason } }),
  );
}
