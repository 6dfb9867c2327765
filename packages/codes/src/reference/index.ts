export {
  importCarcRarc,
  type AdjustmentCode,
  type AdjustmentCodeStatus,
  type CarcRarcRelease,
} from './carc-rarc.ts';
export { closeReleasePeriods, releaseOn } from '../common/release-periods.ts';
export {
  ImportProblems,
  MAX_IMPORT_PROBLEMS,
  type SourceLocation,
} from '../common/import-problems.ts';
export {
  importPlaceOfService,
  type PlaceOfService,
  type PlaceOfServiceRelease,
} from './place-of-service.ts';
export { CMS_PLACE_OF_SERVICE_ADDITIONS, withCmsAdditions } from './place-of-service-additions.ts';
export {
  importTaxonomy,
  taxonomyReleaseFromName,
  type TaxonomyCode,
  type TaxonomyRelease,
} from './taxonomy.ts';
export {
  loadReferenceSnapshot,
  snapshotReferenceLists,
  type ReferenceLists,
} from './reference-snapshot.ts';
