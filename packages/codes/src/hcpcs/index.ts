export { importHcpcs, type HcpcsImportOptions } from './import-hcpcs.ts';
export { hcpcsReleaseFromName, isAnwebFile } from './hcpcs-release-name.ts';
export {
  createHcpcsStore,
  hcpcsModifierOn,
  hcpcsOn,
  type HcpcsLookup,
  type HcpcsStore,
} from './hcpcs-store.ts';
export {
  HCPCS_ACTION_CODES,
  HCPCS_COVERAGE_CODES,
  type HcpcsActionCode,
  type HcpcsCode,
  type HcpcsCoverageCode,
  type HcpcsDates,
  type HcpcsModifier,
  type HcpcsRelease,
} from './hcpcs-types.ts';
export { loadHcpcsSnapshot, snapshotHcpcs } from './hcpcs-snapshot.ts';
