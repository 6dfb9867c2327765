export {
  cptDescriptorLength,
  cptReleaseOn,
  cptYearFromName,
  importCptDescriptors,
  withCptYearFromPath,
  type CptCode,
  type CptDescriptorLength,
  type CptRelease,
  type CptStore,
} from './cpt-descriptors.ts';
export { loadCptSnapshot, snapshotCpt } from './cpt-snapshot.ts';
