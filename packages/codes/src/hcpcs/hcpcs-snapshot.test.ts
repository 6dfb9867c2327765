import { describe, expect, it } from 'vitest';
import { MedbillError } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import { loadHcpcsSnapshot, snapshotHcpcs } from './hcpcs-snapshot.ts';
import { createHcpcsStore } from './hcpcs-store.ts';
import { importHcpcs } from './import-hcpcs.ts';

describe('HCPCS snapshot', () => {
  it('loads back exactly what was imported (2019 and April 2026)', async () => {
    const paths = [
      'hcpcs/fallback-2019/2019-Alpha-Numeric-HCPCS-File.zip',
      'hcpcs/2026-apr/hcpc2026_apr_anweb_0.zip',
    ];
    const store = createHcpcsStore(
      await Promise.all(
        paths.map(async (path) => importHcpcs(await readSourceFiles(codesetsPath(path)))),
      ),
    );
    const bytes = snapshotHcpcs(store);
    const loaded = loadHcpcsSnapshot(bytes);
    expect(loaded).toEqual(store);
    expect(bytes.byteLength).toBeLessThan(1_500_000);
  });

  it('refuses bytes of another kind', () => {
    expect(() => loadHcpcsSnapshot(new Uint8Array([1, 2, 3]))).toThrow(MedbillError);
  });
});
