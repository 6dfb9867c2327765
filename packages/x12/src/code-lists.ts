/**
 * Code lists of the coded elements the readers check, declared once (005010 TR3 code values).
 */

/** SBR01 / 2320 SBR01 payer responsibility sequence number code (X12 1138). */
// prettier-ignore
export const payerResponsibilityCodes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'P', 'S', 'T', 'U'] as const;

/** SBR09 claim filing indicator code (X12 1032, as used by 005010X222A1). */
// prettier-ignore
export const claimFilingIndicatorCodes = [
  '11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM', 'MA',
  'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ',
] as const;

/** NM102 entity type qualifier: 1 person, 2 non-person entity. */
export const entityTypeCodes = ['1', '2'] as const;

/** SV103 unit or basis for measurement: MJ minutes, UN units (005010X222A1 2400 SV1). */
export const professionalUnitCodes = ['MJ', 'UN'] as const;

/** DMG03 gender code. */
export const genderCodes = ['F', 'M', 'U'] as const;

/** PRV02 reference identification qualifier: PXC provider taxonomy (005010X222A1 PRV). */
export const taxonomyQualifierCodes = ['PXC'] as const;

/** BPR03 credit/debit flag and BPR04 payment method (005010X221A1 BPR). */
export const creditDebitCodes = ['C', 'D'] as const;
export const paymentMethodCodes = ['ACH', 'BOP', 'CHK', 'FWT', 'NON'] as const;

/**
 * CLM05-1 facility types (type of bill, first two digits) whose claims are inpatient for the
 * 837I's situational rules (TR3 X223A2 1.12.6 defers to NUBC): hospital inpatient (11), swing
 * bed (18), skilled nursing inpatient (21), religious nonmedical inpatient (41). 12x and 22x
 * are billed as outpatient (X12 RFI 1435).
 */
export const inpatientFacilityTypes = ['11', '18', '21', '41'] as const;

/** CL101 NUBC priority (type) of admission or visit: emergency, urgent, elective, newborn, trauma, unknown. */
export const admissionTypeCodes = ['1', '2', '3', '4', '5', '9'] as const;

/** CLM05-3 claim frequency codes of the 837I (NUBC type of bill, third digit). */
export const institutionalFrequencyCodes = ['0', '1', '2', '3', '4', '5', '7', '8'] as const;

/** CLM11-1/-2 related causes: EM employment, AA auto accident, OA other accident. */
export const relatedCauseCodes = ['EM', 'AA', 'OA'] as const;
