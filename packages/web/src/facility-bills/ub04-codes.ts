// The UB-04 code lists the form offers, with their NUBC meanings. The API checks every code
// (packages/core/src/identifiers/ub04-codes.ts is the rule); these are for choosing.

export interface CodeOption {
  readonly value: string;
  readonly label: string;
}

const options = (pairs: readonly (readonly [string, string])[]): CodeOption[] =>
  pairs.map(([value, meaning]) => ({ value, label: `${value} ${meaning}` }));

/** Type of bill, first two digits (FL 4): facility type and bill classification. */
export const FACILITY_TYPES = options([
  ['11', 'Hospital inpatient (Part A)'],
  ['12', 'Hospital inpatient (Part B only)'],
  ['13', 'Hospital outpatient'],
  ['14', 'Hospital, other (non-patient referenced)'],
  ['18', 'Hospital swing bed'],
  ['21', 'SNF inpatient (Part A)'],
  ['22', 'SNF inpatient (Part B only)'],
  ['23', 'SNF outpatient'],
  ['28', 'SNF swing bed'],
  ['32', 'Home health (Part B)'],
  ['33', 'Home health (Part A)'],
  ['34', 'Home health, other'],
  ['41', 'Religious nonmedical hospital inpatient'],
  ['43', 'Religious nonmedical hospital outpatient'],
  ['65', 'Intermediate care, level I'],
  ['66', 'Intermediate care, level II'],
  ['71', 'Rural health clinic'],
  ['72', 'Renal dialysis facility'],
  ['73', 'Freestanding clinic'],
  ['74', 'Outpatient rehabilitation facility (ORF)'],
  ['75', 'Comprehensive outpatient rehabilitation facility (CORF)'],
  ['76', 'Community mental health center'],
  ['77', 'Federally qualified health center'],
  ['79', 'Clinic, other'],
  ['81', 'Hospice (non-hospital based)'],
  ['82', 'Hospice (hospital based)'],
  ['83', 'Ambulatory surgery center'],
  ['84', 'Freestanding birthing center'],
  ['85', 'Critical access hospital'],
  ['86', 'Residential facility'],
  ['89', 'Special facility, other'],
]);

/** Inpatient bills proper (11x, 18x, 21x, 41x): lines carry no service date. */
const INPATIENT = new Set(['11', '18', '21', '41']);

export function isInpatientType(facilityType: string): boolean {
  return INPATIENT.has(facilityType);
}

/** Type of bill, fourth digit (FL 4) a bill is first sent with; 7 and 8 are claim corrections. */
export const FREQUENCIES = options([
  ['0', 'Non-payment/zero claim'],
  ['1', 'Admit through discharge'],
  ['2', 'Interim, first claim'],
  ['3', 'Interim, continuing claim'],
  ['4', 'Interim, last claim'],
  ['5', 'Late charge only'],
]);

/** Priority (type) of admission or visit (FL 14). */
export const ADMISSION_TYPES = options([
  ['1', 'Emergency'],
  ['2', 'Urgent'],
  ['3', 'Elective'],
  ['4', 'Newborn'],
  ['5', 'Trauma'],
  ['9', 'Information not available'],
]);

/** Point of origin for admission or visit (FL 15); newborns read 5 and 6 as born inside/outside. */
export const POINTS_OF_ORIGIN = options([
  ['1', 'Non-health care facility'],
  ['2', 'Clinic or physician’s office'],
  ['4', 'Transfer from a hospital'],
  ['5', 'Transfer from a SNF, ICF or assisted living'],
  ['6', 'Transfer from another health care facility'],
  ['8', 'Court/law enforcement'],
  ['9', 'Information not available'],
  ['D', 'Transfer between units of the same hospital'],
  ['E', 'Transfer from an ambulatory surgery center'],
  ['F', 'Transfer from hospice'],
  ['G', 'Transfer from a disaster alternate care site'],
]);

const PLANNED_READMISSION = 'with a planned acute inpatient readmission';

/** Patient discharge status (FL 17). */
export const PATIENT_STATUSES = options([
  ['01', 'Discharged to home or self care'],
  ['02', 'Discharged to a short-term general hospital'],
  ['03', 'Discharged to a SNF'],
  ['04', 'Discharged to an intermediate care facility'],
  ['05', 'Discharged to a cancer center or children’s hospital'],
  ['06', 'Discharged home under home health care'],
  ['07', 'Left against medical advice'],
  ['09', 'Admitted as an inpatient to this hospital'],
  ['20', 'Expired'],
  ['21', 'Discharged to court/law enforcement'],
  ['30', 'Still a patient'],
  ['40', 'Expired at home (hospice)'],
  ['41', 'Expired in a medical facility (hospice)'],
  ['42', 'Expired, place unknown (hospice)'],
  ['43', 'Discharged to a federal health care facility'],
  ['50', 'Discharged to hospice, home'],
  ['51', 'Discharged to hospice, medical facility'],
  ['61', 'Discharged to a swing bed'],
  ['62', 'Discharged to an inpatient rehabilitation facility'],
  ['63', 'Discharged to a long-term care hospital'],
  ['64', 'Discharged to a Medicaid-only nursing facility'],
  ['65', 'Discharged to a psychiatric hospital or unit'],
  ['66', 'Discharged to a critical access hospital'],
  ['69', 'Discharged to a disaster alternative care site'],
  ['70', 'Discharged to another type of health care institution'],
  ['81', `Home or self care, ${PLANNED_READMISSION}`],
  ['82', `Short-term general hospital, ${PLANNED_READMISSION}`],
  ['83', `SNF, ${PLANNED_READMISSION}`],
  ['84', `Intermediate care facility, ${PLANNED_READMISSION}`],
  ['85', `Cancer center or children’s hospital, ${PLANNED_READMISSION}`],
  ['86', `Home health care, ${PLANNED_READMISSION}`],
  ['87', `Court/law enforcement, ${PLANNED_READMISSION}`],
  ['88', `Federal health care facility, ${PLANNED_READMISSION}`],
  ['89', `Swing bed, ${PLANNED_READMISSION}`],
  ['90', `Inpatient rehabilitation facility, ${PLANNED_READMISSION}`],
  ['91', `Long-term care hospital, ${PLANNED_READMISSION}`],
  ['92', `Medicaid-only nursing facility, ${PLANNED_READMISSION}`],
  ['93', `Psychiatric hospital or unit, ${PLANNED_READMISSION}`],
  ['94', `Critical access hospital, ${PLANNED_READMISSION}`],
  ['95', `Another type of institution, ${PLANNED_READMISSION}`],
]);

/** Present-on-admission indicator (FL 67, eighth position); blank for a POA-exempt code. */
export const POA_INDICATORS: CodeOption[] = [
  { value: '', label: 'exempt' },
  ...options([
    ['Y', 'yes'],
    ['N', 'no'],
    ['U', 'documentation insufficient'],
    ['W', 'clinically undetermined'],
  ]),
];
