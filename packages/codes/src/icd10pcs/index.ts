/**
 * ICD-10-PCS (inpatient procedures): the CMS order file importer, the versioned code index
 * (shared with ICD-10-CM, whose order file has the same layout), code detail and the snapshot.
 */
export {
  ICD10PCS_CODE_LENGTH,
  looksLikeIcd10pcsCode,
  normalizeIcd10pcsCode,
} from './code-format.ts';
export type { Icd10pcsStore } from './icd10pcs-store.ts';
export {
  ICD10PCS_CODE_TEXT,
  importIcd10pcs,
  isIcd10pcsFileName,
  isIcd10pcsOrderFileName,
} from './import-icd10pcs.ts';
export { icd10pcsDetail, type Icd10pcsDetail, type Icd10pcsTable } from './code-detail.ts';
export { readIcd10pcsSnapshot, writeIcd10pcsSnapshot } from './snapshot.ts';
