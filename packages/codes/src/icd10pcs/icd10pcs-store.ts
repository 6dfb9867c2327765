import type { CodeIndex } from '../icd10cm/code-index.ts';

/**
 * Everything medbill holds for ICD-10-PCS: the versioned code index built from the CMS order
 * files (codes valid for submission and the three-character table headings, with their short
 * and long titles). CMS's tables file, which names every character's value, is not read.
 */
export interface Icd10pcsStore {
  readonly codes: CodeIndex;
}
