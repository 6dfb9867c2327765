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
export {
  ADMISSION_DATE_FACILITY_TYPES,
  ADMISSION_TYPE_CODES,
  ADMISSION_TYPE_LABELS,
  FACILITY_TYPE_CODES,
  INPATIENT_FACILITY_TYPES,
  INSTITUTIONAL_FREQUENCY_CODES,
  INSTITUTIONAL_FREQUENCY_LABELS,
  PATIENT_STATUS_CODES,
  POINT_OF_ORIGIN_CODES,
  PRESENT_ON_ADMISSION_CODES,
  STILL_PATIENT,
  isAdmissionTypeCode,
  isFacilityTypeCode,
  isInstitutionalFrequencyCode,
  isPatientStatusCode,
  isPointOfOriginCode,
  isPresentOnAdmissionCode,
  type FacilityTypeCode,
  type InstitutionalFrequencyCode,
} from './ub04-codes.ts';
