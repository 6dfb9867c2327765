import { isOneOf } from './literal-union.ts';

// The UB-04 / 837I code lists the scrubber checks institutional claims against, as the NUBC
// Official UB-04 Data Specifications Manual defines them and CMS restates them in the Medicare
// Claims Processing Manual, chapter 25 (Completing and Processing the Form CMS-1450).

/**
 * Type of bill, first two digits (UB-04 FL 4; 837I CLM05-1 facility type code): the type of
 * facility and the bill classification. Claims Processing Manual ch. 25 §75.1 (FL 4).
 */
// prettier-ignore
export const FACILITY_TYPE_CODES = [
  '11', '12', '13', '14', '18',
  '21', '22', '23', '28',
  '32', '33', '34',
  '41', '43',
  '65', '66',
  '71', '72', '73', '74', '75', '76', '77', '79',
  '81', '82', '83', '84', '85', '86', '89',
] as const;

export type FacilityTypeCode = (typeof FACILITY_TYPE_CODES)[number];

export function isFacilityTypeCode(text: string): text is FacilityTypeCode {
  return isOneOf(FACILITY_TYPE_CODES, text);
}

/**
 * Facility types whose claims report an admission (FL 12 admission/start-of-care date):
 * hospital inpatient (11x), swing bed (18x), SNF inpatient (21x), religious nonmedical
 * inpatient (41x), and home health (32x, 33x), which the 837I TR3 counts as inpatient for the
 * admission date (X12 RFI 1520).
 */
export const ADMISSION_DATE_FACILITY_TYPES: readonly FacilityTypeCode[] = [
  '11',
  '18',
  '21',
  '41',
  '32',
  '33',
];

/**
 * Inpatient bills proper (admission type FL 14, point of origin FL 15 and admitting diagnosis
 * FL 69 are required): 11x, 18x, 21x, 41x. Types 12x and 22x are inpatient Part B, billed like
 * outpatient claims (X12 RFI 1435).
 */
export const INPATIENT_FACILITY_TYPES: readonly FacilityTypeCode[] = ['11', '18', '21', '41'];

/**
 * Type of bill, fourth digit (FL 4; 837I CLM05-3 claim frequency): the sequence of this bill
 * in the episode of care. The letters are Medicare's adjustment and hospice notice codes.
 */
export const INSTITUTIONAL_FREQUENCY_CODES = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '7',
  '8',
  '9',
  'A',
  'B',
  'C',
  'D',
  'E',
  'Q',
] as const;

export type InstitutionalFrequencyCode = (typeof INSTITUTIONAL_FREQUENCY_CODES)[number];

export const INSTITUTIONAL_FREQUENCY_LABELS: Readonly<Record<InstitutionalFrequencyCode, string>> =
  {
    '0': 'Non-payment/zero claim',
    '1': 'Admit through discharge claim',
    '2': 'Interim, first claim',
    '3': 'Interim, continuing claim',
    '4': 'Interim, last claim',
    '5': 'Late charge only',
    '7': 'Replacement of prior claim',
    '8': 'Void/cancel of prior claim',
    '9': 'Final claim for a home health PPS episode',
    A: 'Hospice admission/election notice',
    B: 'Hospice termination/revocation notice',
    C: 'Hospice change of provider notice',
    D: 'Hospice election void/cancel',
    E: 'Hospice change of ownership',
    Q: 'Claim submitted for reopening/reconsideration',
  };

export function isInstitutionalFrequencyCode(text: string): text is InstitutionalFrequencyCode {
  return isOneOf(INSTITUTIONAL_FREQUENCY_CODES, text);
}

/** Priority (type) of admission or visit (FL 14; 837I CL101). */
export const ADMISSION_TYPE_CODES = ['1', '2', '3', '4', '5', '9'] as const;

export const ADMISSION_TYPE_LABELS: Readonly<
  Record<(typeof ADMISSION_TYPE_CODES)[number], string>
> = {
  '1': 'Emergency',
  '2': 'Urgent',
  '3': 'Elective',
  '4': 'Newborn',
  '5': 'Trauma',
  '9': 'Information not available',
};

export function isAdmissionTypeCode(text: string): boolean {
  return isOneOf(ADMISSION_TYPE_CODES, text);
}

/**
 * Point of origin for admission or visit (FL 15; 837I CL102), in force since July 2010, when
 * NUBC discontinued code 7 (emergency room: the ER visit shows as revenue code 045x instead).
 * Newborns (admission type 4) take 5 (born inside this hospital) and 6 (born outside).
 */
// prettier-ignore
export const POINT_OF_ORIGIN_CODES = ['1', '2', '4', '5', '6', '8', '9', 'D', 'E', 'F', 'G'] as const;

export function isPointOfOriginCode(text: string): boolean {
  return isOneOf(POINT_OF_ORIGIN_CODES, text);
}

/** Patient discharge status (FL 17; 837I CL103). */
// prettier-ignore
export const PATIENT_STATUS_CODES = [
  '01', '02', '03', '04', '05', '06', '07', '09',
  '20', '21', '30', '40', '41', '42', '43', '50', '51',
  '61', '62', '63', '64', '65', '66', '69', '70',
  '81', '82', '83', '84', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95',
] as const;

export function isPatientStatusCode(text: string): boolean {
  return isOneOf(PATIENT_STATUS_CODES, text);
}

/** Patient status 30: still a patient, the only status an interim bill (frequency 2 or 3) may carry. */
export const STILL_PATIENT = '30';

/**
 * Present-on-admission indicators in 5010 (837I HI0n-9; UB-04 FL 67 eighth position): Y, N,
 * U (documentation insufficient), W (clinically undetermined). Codes on the POA-exempt list
 * are reported with the indicator left blank; 4010's `1` for exempt is not used in 5010.
 */
export const PRESENT_ON_ADMISSION_CODES = ['Y', 'N', 'U', 'W'] as const;

export function isPresentOnAdmissionCode(text: string): boolean {
  return isOneOf(PRESENT_ON_ADMISSION_CODES, text);
}
