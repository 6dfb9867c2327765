import { join } from 'node:path';
import { readSourceFiles, type SourceFile } from '../source-files.ts';

/**
 * Where tests find the official files: `MEDBILL_CODESETS_DIR`, else `../shared/codesets` next to
 * the repository. Only tests import this module.
 */
export function codesetsDir(): string {
  return (
    process.env['MEDBILL_CODESETS_DIR'] ??
    join(import.meta.dirname, '../../../../../shared/codesets')
  );
}

/** The official ICD-10-CM files used by the tests, relative to {@link codesetsDir}. */
export const ICD10CM_FILES = {
  fy2026: 'icd10cm/fy2026/icd10cm-Code-Descriptions-2026.zip',
  fy2025: 'icd10cm/fy2025/ICD10-CM-Code-Descriptions-2025.zip',
  fy2021Order: 'icd10cm/fy2021-fallback/icd10cm-order-Jan-2021.txt.gz',
  fy2021Tabular: 'icd10cm/fy2021-fallback/icd10cm_tabular_2021.xml.gz',
  fy2017Full: 'icd10cm/fallback-2017-index/ICD10CM_FY2017_Full_XML.zip',
  drug2025: 'icd10cm/icd-10-cm-drug-2025.xml.gz',
  neoplasm2025: 'icd10cm/icd-10-cm-neoplasm-2025.xml',
  eindex2025: 'icd10cm/icd-10-cm-eindex-2025.xml',
  conversion2026: 'icd10cm/fy2026/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx',
} as const;

/** Reads one official file (zip and gz expanded). */
export function readCodeset(relative: string): Promise<SourceFile[]> {
  return readSourceFiles(join(codesetsDir(), relative));
}
