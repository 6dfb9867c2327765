export {
  addDecimal,
  compareDecimal,
  decimalEquals,
  dollarsToCents,
  formatDecimal,
  multiplyDecimal,
  parseDecimal,
  type ExactDecimal,
} from './exact-decimal.ts';
export { importAnesthesia } from './import-anes.ts';
export { importGpci } from './import-gpci.ts';
export { importLocco } from './import-locco.ts';
export { importPfsLocalities } from './import-pfs-localities.ts';
export { importPprrvu, type PprrvuImportOptions } from './import-pprrvu.ts';
export {
  medicareAllowed,
  RVU_PRICED_STATUSES,
  type MedicareAllowed,
  type NotPricedReason,
  type PfsSchedule,
} from './medicare-allowed.ts';
export { localityFileYear, pfsReleaseFromName } from './pfs-release-name.ts';
export {
  localityId,
  rvuKey,
  type AnesthesiaCf,
  type Gpci,
  type LocalityCounties,
  type LocalityId,
  type PfsLocalityRelease,
  type PfsRvu,
  type PfsRvuRelease,
} from './pfs-types.ts';
export { loadPfsSnapshot, snapshotPfs } from './pfs-snapshot.ts';
export { createPfsStore, pfsScheduleOn, type PfsStore } from './pfs-store.ts';
export { anesthesiaAllowed, type AnesthesiaAllowed } from './anesthesia-allowed.ts';
