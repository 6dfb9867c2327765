export {
  CONTRACTOR_DEFINED_PRIMARY,
  type AocEdit,
  type AocEditType,
  type AocRelease,
} from './aoc-types.ts';
export { importAoc } from './import-aoc.ts';
export { importMue } from './import-mue.ts';
export { importPtp } from './import-ptp.ts';
export type { Mue, MueAdjudicationIndicator, MueRelease } from './mue-types.ts';
export { ncciReleaseFromName, quarterOf, type NcciQuarter } from './ncci-release-name.ts';
export {
  addOnPrimaries,
  createNcciStore,
  mueFor,
  ptpEdit,
  type NcciAnswer,
  type NcciStore,
} from './ncci-store.ts';
export { ptpKey, type PtpEdit, type PtpModifierIndicator, type PtpRelease } from './ptp-types.ts';
export { loadNcciSnapshot, snapshotNcci } from './ncci-snapshot.ts';
