import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import { importPfsLocalities } from './import-pfs-localities.ts';
import { importPprrvu } from './import-pprrvu.ts';
import { medicareAllowed } from './medicare-allowed.ts';
import { loadPfsSnapshot, snapshotPfs } from './pfs-snapshot.ts';
import { createPfsStore, pfsScheduleOn } from './pfs-store.ts';

async function loadStore() {
  const bundle = await readSourceFiles(codesetsPath('pfs/rvu25d'));
  const rvu25 = bundle.find((file) => file.name.endsWith('PPRRVU2025_Oct.csv'));
  const [rvu26] = await readSourceFiles(codesetsPath('pfs/rvu26c/PPRRVU2026_Jul_nonQPP.csv.gz'));
  if (rvu25 === undefined || rvu26 === undefined) throw new Error('PPRRVU files missing');
  return createPfsStore([importPprrvu(rvu26), importPprrvu(rvu25)], [importPfsLocalities(bundle)]);
}

describe('PFS store and snapshot', () => {
  it('picks the RVU release in force and the latest locality year up to it', async () => {
    const store = await loadStore();
    expect(pfsScheduleOn(store, isoDate('2025-09-30'))).toBeUndefined(); // before RVU25D
    expect(pfsScheduleOn(store, isoDate('2025-12-01'))?.rvu.release.version).toBe('RVU25D');
    const mid2026 = pfsScheduleOn(store, isoDate('2026-08-01'));
    expect([mid2026?.rvu.release.version, mid2026?.localities.year]).toEqual(['RVU26C', 2025]);
  });

  it('loads back exactly what was imported, and prices the same', async () => {
    const store = await loadStore();
    const bytes = snapshotPfs(store);
    const loaded = loadPfsSnapshot(bytes);
    expect(loaded).toEqual(store);
    const schedule = pfsScheduleOn(loaded, isoDate('2025-12-01'));
    if (schedule === undefined) throw new Error('no schedule');
    const price = medicareAllowed('99213', '', '10112-00', false, schedule);
    expect(price.priced && price.amount).toBe(8186);
    expect(bytes.byteLength).toBeLessThan(1_000_000);
  });
});
