export {
  formatIcd10cm,
  parseIcd10cm,
  parseModifier,
  parsePlaceOfService,
  parseProcedureCode,
  parseRevenueCode,
  parseTaxonomy,
  type ProcedureCode,
  type ProcedureSystem,
} from './code-shapes.ts';
export { NDC_UNITS, NDC_UNIT_LABELS, formatNdc, isNdcUnit, parseNdc, type NdcUnit } from './ndc.ts';
export { isValidNpi, npiCheckDigit, parseNpi } from './npi.ts';
export { parseFailure, parseOk, type ParseFailure, type ParseResult } from './parse-result.ts';
export { formatPhone, parsePhone } from './phone.ts';
export { formatTin, parseTin, type Tin, type TinKind } from './tin.ts';
export { US_STATES, US_STATE_NAMES, isUsState, parseUsState, type UsState } from './us-state.ts';
export {
  ADMINISTRATIVE_SEX,
  ADMINISTRATIVE_SEX_LABELS,
  CLAIM_FILING_INDICATORS,
  CLAIM_FILING_INDICATOR_LABELS,
  CLAIM_FREQUENCY_CODES,
  CLAIM_FREQUENCY_LABELS,
  COVERAGE_ORDERS,
  PAYER_RESPONSIBILITY_CODES,
  RELATIONSHIP_CODES,
  RELATIONSHIP_LABELS,
  coverageOrderFromPayerResponsibility,
  isAdministrativeSex,
  isClaimFilingIndicator,
  isClaimFrequencyCode,
  isCoverageOrder,
  isPayerResponsibilityCode,
  isRelationshipCode,
  type AdministrativeSex,
  type ClaimFilingIndicator,
  type ClaimFrequencyCode,
  type CoverageOrder,
  type PayerResponsibilityCode,
  type RelationshipCode,
} from './x12-codes.ts';
export { formatZip, isZip9, parseZip } from './zip.ts';
