import { useCallback, useReducer } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { query } from '../api/http.ts';
import { uploadFile } from '../api/upload.ts';
import { nextImportState } from './release-import-state.ts';
import type { ReleaseImportLine, ReleaseImportState } from './release-import-state.ts';

/** Uploads a release file and follows its import on the server to the outcome. */
export function useReleaseImport(): {
  readonly state: ReleaseImportState;
  readonly start: (file: File) => Promise<void>;
} {
  const [state, dispatch] = useReducer(nextImportState, { phase: 'idle' });
  const queryClient = useQueryClient();
  const start = useCallback(
    async (file: File) => {
      dispatch({ type: 'start', fileName: file.name, size: file.size });
      try {
        await uploadFile<ReleaseImportLine>(
          `/codes/imports${query({ fileName: file.name })}`,
          file,
          {
            onSent: (sent, total) => dispatch({ type: 'sent', sent, total }),
            onLine: (line) => dispatch({ type: 'line', line }),
          },
        );
        // After a result or a problem this changes nothing; without one the answer was cut off.
        dispatch({ type: 'ended' });
      } catch (error) {
        dispatch({ type: 'failed', error });
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['code-releases'] }),
        queryClient.invalidateQueries({ queryKey: ['code-search'] }),
      ]);
    },
    [queryClient],
  );
  return { state, start };
}
