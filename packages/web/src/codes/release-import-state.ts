import { ApiProblem } from '../api/problem.ts';
import { formatBytes } from '../format.ts';

export interface ReleaseSummary {
  readonly system: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly entries?: number;
}

/** What POST /codes/imports answers once the import is over. */
export interface ReleaseImportResult {
  readonly changed: boolean;
  readonly newFiles: readonly string[];
  readonly knownFiles: readonly string[];
  readonly skipped: readonly string[];
  readonly releases: readonly ReleaseSummary[];
  readonly seconds: number;
}

/** One line of the import's NDJSON answer (packages/server/src/routes/code-set-imports.ts). */
export type ReleaseImportLine =
  | { readonly progress: { readonly step: string; readonly done?: number; readonly of?: number } }
  | { readonly result: ReleaseImportResult }
  | { readonly problem: Record<string, unknown> & { readonly status: number } };

export type ReleaseImportState =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'uploading';
      readonly fileName: string;
      readonly sent: number;
      readonly total: number;
    }
  | {
      readonly phase: 'importing';
      readonly fileName: string;
      readonly step: string;
      readonly done?: number;
      readonly of?: number;
    }
  | { readonly phase: 'imported'; readonly fileName: string; readonly result: ReleaseImportResult }
  | { readonly phase: 'failed'; readonly fileName: string; readonly error: unknown };

export type ReleaseImportEvent =
  | { readonly type: 'start'; readonly fileName: string; readonly size: number }
  | { readonly type: 'sent'; readonly sent: number; readonly total: number }
  | { readonly type: 'line'; readonly line: ReleaseImportLine }
  | { readonly type: 'ended' }
  | { readonly type: 'failed'; readonly error: unknown };

/** The server has the whole file but has not said what it is doing yet (unzipping, hashing). */
const RECEIVED = 'checking the file';

/** The import's state after an event: upload, then the server's phases, then the outcome. */
export function nextImportState(
  state: ReleaseImportState,
  event: ReleaseImportEvent,
): ReleaseImportState {
  if (event.type === 'start') {
    return { phase: 'uploading', fileName: event.fileName, sent: 0, total: event.size };
  }
  if (state.phase === 'idle' || state.phase === 'imported' || state.phase === 'failed') {
    return state;
  }
  const { fileName } = state;
  switch (event.type) {
    case 'sent':
      if (state.phase !== 'uploading') return state;
      return event.sent >= event.total
        ? { phase: 'importing', fileName, step: RECEIVED }
        : { phase: 'uploading', fileName, sent: event.sent, total: event.total };
    case 'line': {
      const { line } = event;
      if ('result' in line) return { phase: 'imported', fileName, result: line.result };
      if ('problem' in line) {
        return {
          phase: 'failed',
          fileName,
          error: new ApiProblem(line.problem.status, line.problem),
        };
      }
      return { phase: 'importing', fileName, ...line.progress };
    }
    case 'ended':
      return {
        phase: 'failed',
        fileName,
        error: new ApiProblem(502, {
          title: 'No answer',
          detail: `The connection closed before the import of ${fileName} finished. Reload the releases to see whether it was loaded.`,
        }),
      };
    case 'failed':
      return { phase: 'failed', fileName, error: event.error };
  }
}

/** The bar and its words: a percentage, or `undefined` while the server gives no count. */
export function importProgress(
  state: ReleaseImportState,
): { readonly percent: number | undefined; readonly label: string } | undefined {
  if (state.phase === 'uploading') {
    const percent = state.total > 0 ? Math.floor((state.sent / state.total) * 100) : 0;
    return {
      percent,
      label: `Uploading ${state.fileName}: ${formatBytes(state.sent)} of ${formatBytes(state.total)} (${percent}%)`,
    };
  }
  if (state.phase === 'importing') {
    const counted = state.of !== undefined && state.done !== undefined;
    return {
      percent: counted ? Math.floor(((state.done ?? 0) / (state.of ?? 1)) * 100) : undefined,
      label: `Importing ${state.fileName}: ${state.step}${
        counted ? ` (phase ${(state.done ?? 0) + 1} of ${state.of ?? 0})` : ''
      }`,
    };
  }
  return undefined;
}

/** "1 new file; 3 already imported; 52 not release files" for the outcome. */
export function importOutcome(result: ReleaseImportResult): string {
  if (!result.changed) {
    return 'Already imported: every release file in it was loaded before, so nothing changed.';
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    `Imported ${plural(result.newFiles.length, 'new file')} in ${result.seconds.toFixed(1)} s`,
    ...(result.knownFiles.length > 0 ? [`${result.knownFiles.length} already imported`] : []),
    ...(result.skipped.length > 0
      ? [`${plural(result.skipped.length, 'other file')} skipped (documentation, addenda)`]
      : []),
    `${plural(result.releases.length, 'release')} loaded`,
  ].join('; ');
}
