import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem.ts';
import { importOutcome, importProgress, nextImportState } from './release-import-state.ts';
import type { ReleaseImportEvent, ReleaseImportState } from './release-import-state.ts';

const run = (events: readonly ReleaseImportEvent[]): ReleaseImportState =>
  events.reduce(nextImportState, { phase: 'idle' } as ReleaseImportState);

const result = {
  changed: true,
  newFiles: ['hcpcs.zip/HCPC2026_APR_ANWEB.txt'],
  knownFiles: [],
  skipped: ['hcpcs.zip/README.pdf', 'hcpcs.zip/record-layout.pdf'],
  releases: [{ system: 'hcpcs', version: '2026-04', effectiveFrom: '2026-04-01' }],
  seconds: 11.04,
};

describe('a release import, step by step', () => {
  const start = { type: 'start', fileName: 'hcpcs.zip', size: 4_000_000 } as const;

  it('shows the upload in bytes, then the server phases counted, then the outcome', () => {
    const uploading = run([start, { type: 'sent', sent: 1_000_000, total: 4_000_000 }]);
    expect(importProgress(uploading)).toEqual({
      percent: 25,
      label: 'Uploading hcpcs.zip: 977 KB of 3.8 MB (25%)',
    });

    const received = run([start, { type: 'sent', sent: 4_000_000, total: 4_000_000 }]);
    expect(importProgress(received)).toEqual({
      percent: undefined,
      label: 'Importing hcpcs.zip: checking the file',
    });

    const phase = run([
      start,
      { type: 'sent', sent: 4_000_000, total: 4_000_000 },
      { type: 'line', line: { progress: { step: 'HCPCS and CPT', done: 2, of: 8 } } },
    ]);
    expect(importProgress(phase)).toEqual({
      percent: 25,
      label: 'Importing hcpcs.zip: HCPCS and CPT (phase 3 of 8)',
    });

    const done = nextImportState(phase, { type: 'line', line: { result } });
    expect(done).toEqual({ phase: 'imported', fileName: 'hcpcs.zip', result });
    expect(importProgress(done)).toBeUndefined();
  });

  it('waits without a count while another import runs', () => {
    const waiting = run([
      start,
      { type: 'line', line: { progress: { step: 'waiting for another import to finish' } } },
    ]);
    expect(importProgress(waiting)?.percent).toBeUndefined();
  });

  it('fails with the located problem the server ends with', () => {
    const failed = run([
      start,
      {
        type: 'line',
        line: {
          problem: {
            status: 422,
            detail: 'nothing was imported',
            errors: [{ path: 'hcpcs.zip/HCPC.txt', message: 'line 12: bad code' }],
          },
        },
      },
    ]);
    expect(failed.phase).toBe('failed');
    const error = failed.phase === 'failed' ? failed.error : undefined;
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).errors[0]?.path).toBe('hcpcs.zip/HCPC.txt');
  });

  it('says so when the answer stops before the outcome', () => {
    const cut = run([
      start,
      { type: 'sent', sent: 4_000_000, total: 4_000_000 },
      { type: 'ended' },
    ]);
    expect(cut.phase === 'failed' && (cut.error as ApiProblem).detail).toMatch(/closed before/);
  });

  it('ignores late events once it is over, and starts again on a new file', () => {
    const done = run([start, { type: 'line', line: { result } }]);
    expect(nextImportState(done, { type: 'ended' })).toBe(done);
    expect(nextImportState(done, start).phase).toBe('uploading');
  });
});

describe('importOutcome', () => {
  it('counts what was imported and skipped', () => {
    expect(importOutcome(result)).toBe(
      'Imported 1 new file in 11.0 s; 2 other files skipped (documentation, addenda); 1 release loaded',
    );
  });

  it('says when nothing changed', () => {
    expect(importOutcome({ ...result, changed: false, newFiles: [] })).toMatch(/nothing changed/);
  });
});
