/**
 * @medbill/codes: the official code sets (ICD-10-CM, HCPCS Level II, CPT codes without
 * descriptors, the Physician Fee Schedule, NCCI edits, reference lists) imported from the files
 * as CMS, CDC and NUCC publish them, effective-dated, searchable, with the coding rules.
 */
export * from './release.ts';
export * from './source-files.ts';
export * from './snapshot-container.ts';
export * from './icd10cm/index.ts';
export * from './icd10pcs/index.ts';
export * from './hcpcs/index.ts';
export * from './cpt/index.ts';
export * from './pfs/index.ts';
export * from './ncci/index.ts';
export * from './reference/index.ts';
export * from './search/index.ts';
export * from './load/code-sets.ts';
export * from './load/classify-files.ts';
export * from './load/import-code-sets.ts';
export * from './load/code-set-snapshot.ts';
export { codeFactsFrom } from './facts/code-facts-adapter.ts';
export * from './fetch/index.ts';
