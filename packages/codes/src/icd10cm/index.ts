/**
 * ICD-10-CM: importers for the CDC release files (order file, Tabular List XML, Alphabetic
 * Index / External Cause index / Drug and Neoplasm table XML), the versioned code index, the
 * tabular rules the scrubber calls, and the snapshot.
 */
export { formatIcd10cmCode, isDotlessIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
export {
  isPoaExemptFileName,
  parsePoaExemptList,
  poaExemptListOn,
  type PoaExemptList,
} from './poa-exempt.ts';
export { releasePeriodFromFileName, type Icd10cmReleasePeriod } from './release-naming.ts';
export {
  ICD10CM_ORDER_CODES,
  parseOrderFile,
  type OrderFileCodes,
  type OrderFileRows,
} from './order-file.ts';
export {
  importOrderRelease,
  isOrderFileName,
  type OrderRelease,
  type OrderReleaseOptions,
} from './order-release.ts';
export {
  ABSENT,
  BILLABLE,
  HEADER,
  ICD10CM_CODE_TEXT,
  buildCodeIndex,
  codeIndexFromData,
  type CodeIndex,
  type CodeText,
  type CodeIndexData,
} from './code-index.ts';
export type { CodeLookup, CodeVersion, InvalidReason } from './code-lookup.ts';
export {
  codeRangesInNote,
  formatCodeRange,
  rangeCovers,
  type CodeRange,
} from './note-references.ts';
export {
  TABULAR_NOTE_KINDS,
  type SeventhCharacterDefinition,
  type Tabular,
  type TabularNode,
  type TabularNodeKind,
  type TabularNote,
  type TabularNoteKind,
} from './tabular-types.ts';
export { findTabularFile, parseTabular } from './tabular-parser.ts';
export {
  inheritedNotes,
  inheritedSeventhCharacter,
  nearestTabularNode,
  tabularAncestry,
  type InheritedNote,
} from './tabular-queries.ts';
export { cellCode, type AlphabeticIndex, type IndexKind, type IndexTerm } from './index-types.ts';
export { indexKindOf, parseIndex, walkIndexTerms } from './index-parser.ts';
export {
  findIndexTerm,
  indexManifestationCodes,
  resolveIndexCode,
  type IndexCodeResolution,
} from './index-lookup.ts';
export type { CodeProblem, Icd10cmStore } from './icd10cm-store.ts';
export { importIcd10cm } from './import-icd10cm.ts';
export { isBillableOn, type BillableCheck } from './billable.ts';
export {
  seventhCharacter,
  type SeventhCharacterAnswer,
  type SeventhCharacterValue,
} from './seventh-character.ts';
export { excludes1Conflict, type Excludes1Conflict } from './excludes1.ts';
export { manifestationEvidence, type ManifestationEvidence } from './manifestation.ts';
export { sequencingProblems } from './sequencing.ts';
export { ageSexConflict, sexFromTitle, type PatientAgeSex } from './age-sex.ts';
export { codeDetail, type CodeDetail, type HierarchyLevel } from './code-detail.ts';
export { readIcd10cmSnapshot, writeIcd10cmSnapshot } from './snapshot.ts';
export {
  isConversionTableName,
  parseConversionTable,
  successorsOf,
  type Conversion,
  type ConversionTable,
} from './conversion-table.ts';
export { billableSuccessors } from './successors.ts';
