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
