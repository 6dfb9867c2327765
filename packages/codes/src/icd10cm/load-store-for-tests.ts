import { ICD10CM_FILES, readCodeset } from './codesets-for-tests.ts';
import {
  isConversionTableName,
  parseConversionTable,
  type ConversionTable,
} from './conversion-table.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialCodeIndex } from './load-order-releases-for-tests.ts';
import { officialTabular2021 } from './load-tabular-for-tests.ts';

/** A store over the official FY2021-01/FY2025/FY2026 order files, the FY2021 tabular and the FY2026 conversion table. */
export async function officialStore(
  indexManifestations: ReadonlySet<string> = new Set(),
): Promise<Icd10cmStore> {
  const [codes, tabular, conversions] = await Promise.all([
    officialCodeIndex(),
    officialTabular2021(),
    officialConversions(),
  ]);
  return { codes, tabular, indexManifestations, indexes: [], conversions, poaExempt: [] };
}

/** The FY2026 conversion table. */
export async function officialConversions(): Promise<ConversionTable> {
  const [file] = (await readCodeset(ICD10CM_FILES.conversion2026)).filter((f) =>
    isConversionTableName(f.name),
  );
  if (!file) throw new Error('FY2026 conversion table not found');
  return parseConversionTable(file);
}
