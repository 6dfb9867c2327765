import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import { importAoc } from './import-aoc.ts';
import { importMue } from './import-mue.ts';
import { importPtp } from './import-ptp.ts';
import { loadNcciSnapshot, snapshotNcci } from './ncci-snapshot.ts';
import { createNcciStore } from './ncci-store.ts';

describe('NCCI snapshot', () => {
  it('loads back exactly what was imported', async () => {
    const [mue] = await readSourceFiles(
      codesetsPath('ncci/mue-2026q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv'),
    );
    const [aoc] = await readSourceFiles(codesetsPath('ncci/aoc-2026q2/AOC_V2026Q2-MCR.xlsx'));
    if (mue === undefined || aoc === undefined) throw new Error('NCCI files missing');
    const store = createNcciStore({
      mue: [await importMue(mue)],
      aoc: [await importAoc(aoc)],
      ptp: [
        await importPtp(
          await readSourceFiles(fileURLToPath(new URL('./fixtures', import.meta.url))),
        ),
      ],
    });
    const bytes = snapshotNcci(store);
    expect(loadNcciSnapshot(bytes)).toEqual(store);
    expect(bytes.byteLength).toBeLessThan(500_000);
  });
});
