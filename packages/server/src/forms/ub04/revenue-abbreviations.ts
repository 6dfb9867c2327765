/**
 * FL 43 descriptions: the NUBC standard abbreviations of the common revenue code groups (the
 * first three digits, `012x`), as the UB-04 Data Specifications Manual lists them for the
 * general classification (subcategory 0) of each group. Any other revenue code prints with
 * FL 43 blank: payers read the code, the description is for people.
 */
const GROUP_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '010': 'ALL INCL R&B',
  '011': 'ROOM-BOARD/PVT',
  '012': 'ROOM-BOARD/SEMI',
  '013': 'ROOM-BOARD/3&4BED',
  '014': 'ROOM-BOARD/DLX PVT',
  '015': 'ROOM-BOARD/WARD',
  '017': 'NURSERY',
  '020': 'INTENSIVE CARE',
  '021': 'CORONARY CARE',
  '025': 'PHARMACY',
  '026': 'IV THERAPY',
  '027': 'MED-SUR SUPPLIES',
  '030': 'LABORATORY',
  '031': 'PATHOLOGY LAB',
  '032': 'DX X-RAY',
  '033': 'RX X-RAY',
  '034': 'NUC MEDICINE',
  '035': 'CT SCAN',
  '036': 'OR SERVICES',
  '037': 'ANESTHESIA',
  '038': 'BLOOD',
  '040': 'OTHER IMAG SVS',
  '041': 'RESPIRATORY SVC',
  '042': 'PHYSICAL THERP',
  '043': 'OCCUPATION THER',
  '044': 'SPEECH PATHOL',
  '045': 'EMERG ROOM',
  '046': 'PULMONARY FUNC',
  '048': 'CARDIOLOGY',
  '049': 'AMBUL SURG',
  '051': 'CLINIC',
  '061': 'MRT',
  '071': 'RECOVERY ROOM',
  '072': 'DELIVERY ROOM/LABOR',
  '073': 'EKG/ECG',
  '076': 'SPECIALTY SVS',
  '082': 'HEMO/OP OR HOME',
  '092': 'OTHER DX SVS',
  '096': 'PRO FEE',
};

/** The FL 43 abbreviation of a revenue code's group (`0120` → `ROOM-BOARD/SEMI`), when known. */
export function revenueAbbreviation(revenueCode: string): string | undefined {
  return /^\d{4}$/.test(revenueCode) ? GROUP_ABBREVIATIONS[revenueCode.slice(0, 3)] : undefined;
}
