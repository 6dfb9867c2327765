import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../source-files.ts';
import { importCarcRarc } from './carc-rarc.ts';
import { codesetsPath } from '../common/codesets-dir.ts';
import { importPlaceOfService } from './place-of-service.ts';
import { loadReferenceSnapshot, snapshotReferenceLists } from './reference-snapshot.ts';
import { importTaxonomy } from './taxonomy.ts';

describe('reference lists snapshot', () => {
  it('loads back exactly what was imported', async () => {
    const [taxonomy] = await readSourceFiles(codesetsPath('taxonomy/nucc_taxonomy_251.csv'));
    const [pos] = await readSourceFiles(codesetsPath('pos/place_of_service_tuva_2022.csv'));
    const [x12] = await readSourceFiles(codesetsPath('x12/x12_carc_rarc_2026-08-17.json'));
    if (taxonomy === undefined || pos === undefined || x12 === undefined)
      throw new Error('files missing');
    const lists = {
      taxonomy: [importTaxonomy(taxonomy)],
      placeOfService: [importPlaceOfService(pos)],
      carcRarc: [importCarcRarc(x12)],
    };
    expect(loadReferenceSnapshot(snapshotReferenceLists(lists))).toEqual(lists);
  });
});
