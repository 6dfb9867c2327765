/**
 * The code lists a 271 eligibility response (005010X279A1) speaks in, with what each code means
 * in plain words. EB01 (1390), coverage levels (1207), time periods (615), AAA01/AAA04 (1073,
 * 889, S and Y undescribed) and in-plan-network (1073) are complete; service types (1365), insurance types (1336) and
 * AAA03 reject reasons (901) list the codes a practice meets most, and only codes whose meaning
 * is certain. A code not listed is read as it is and described by its value.
 */

/** EB01 eligibility or benefit information code. */
export const benefitInfoCodes: Readonly<Record<string, string>> = {
  '1': 'active coverage',
  '2': 'active coverage: full risk capitation',
  '3': 'active coverage: services capitated',
  '4': 'active coverage: services capitated to primary care physician',
  '5': 'active coverage: pending investigation',
  '6': 'inactive',
  '7': 'inactive: pending eligibility update',
  '8': 'inactive: pending investigation',
  A: 'co-insurance',
  B: 'co-payment',
  C: 'deductible',
  CB: 'coverage basis',
  D: 'benefit description',
  E: 'exclusions',
  F: 'limitations',
  G: 'out of pocket (stop loss)',
  H: 'unlimited',
  I: 'non-covered',
  J: 'cost containment',
  K: 'reserve',
  L: 'primary care provider',
  M: 'pre-existing condition',
  MC: 'managed care coordinator',
  N: 'services restricted to the following provider',
  O: 'not deemed a medical necessity',
  P: 'benefit disclaimer',
  Q: 'second surgical opinion required',
  R: 'other or additional payer',
  S: 'prior year(s) history',
  T: 'card(s) reported lost or stolen',
  U: 'contact the following entity for eligibility or benefit information',
  V: 'cannot process',
  W: 'other source of data',
  X: 'health care facility',
  Y: 'spend down',
};

/** EB02 coverage level code. */
export const coverageLevelCodes: Readonly<Record<string, string>> = {
  CHD: 'children only',
  DEP: 'dependents only',
  ECH: 'employee and children',
  EMP: 'employee only',
  ESP: 'employee and spouse',
  FAM: 'family',
  IND: 'individual',
  SPC: 'spouse and children',
  SPO: 'spouse only',
};

/** EB03 / EQ01 service type codes a practice asks about most. */
export const serviceTypeCodes: Readonly<Record<string, string>> = {
  '1': 'medical care',
  '2': 'surgical',
  '3': 'consultation',
  '4': 'diagnostic X-ray',
  '5': 'diagnostic lab',
  '6': 'radiation therapy',
  '7': 'anesthesia',
  '12': 'durable medical equipment purchase',
  '18': 'durable medical equipment rental',
  '30': 'health benefit plan coverage',
  '33': 'chiropractic',
  '35': 'dental care',
  '42': 'home health care',
  '45': 'hospice',
  '47': 'hospital',
  '48': 'hospital inpatient',
  '50': 'hospital outpatient',
  '51': 'hospital emergency accident',
  '52': 'hospital emergency medical',
  '53': 'hospital ambulatory surgical',
  '86': 'emergency services',
  '88': 'pharmacy',
  '98': 'professional (physician) visit: office',
  AL: 'vision (optometry)',
  MH: 'mental health',
  PT: 'physical therapy',
  UC: 'urgent care',
};

/** EB04 insurance type codes met most often. */
export const insuranceTypeCodes: Readonly<Record<string, string>> = {
  C1: 'commercial',
  EP: 'exclusive provider organization (EPO)',
  HM: 'health maintenance organization (HMO)',
  HN: 'HMO Medicare risk',
  IN: 'indemnity',
  MA: 'Medicare Part A',
  MB: 'Medicare Part B',
  MC: 'Medicaid',
  PR: 'preferred provider organization (PPO)',
  PS: 'point of service (POS)',
  SP: 'supplemental policy',
  WC: "workers' compensation",
};

/** EB06 time period qualifier. */
export const timePeriodCodes: Readonly<Record<string, string>> = {
  '6': 'hour',
  '7': 'day',
  '13': '24 hours',
  '21': 'years',
  '22': 'service year',
  '23': 'calendar year',
  '24': 'year to date',
  '25': 'contract',
  '26': 'episode',
  '27': 'visit',
  '28': 'outlier',
  '29': 'remaining',
  '30': 'exceeded',
  '31': 'not exceeded',
  '32': 'lifetime',
  '33': 'lifetime remaining',
  '34': 'month',
  '35': 'week',
  '36': 'admission',
};

/** EB11 authorization or certification indicator and EB12 in-plan-network indicator. */
export const yesNoUnknownCodes: Readonly<Record<string, string>> = {
  Y: 'yes',
  N: 'no',
  U: 'unknown',
  W: 'not applicable',
};

/** AAA04 codes the 271 allows. */
export const followUpActionList = ['C', 'N', 'P', 'R', 'S', 'W', 'X', 'Y'] as const;

/** AAA03 reject reason codes of 005010X279A1. */
export const rejectReasonCodes: Readonly<Record<string, string>> = {
  '04': 'authorized quantity exceeded',
  '15': 'required application data missing',
  '33': 'input errors',
  '35': 'out of network',
  '41': 'authorization/access restrictions',
  '42': 'unable to respond at current time',
  '43': 'invalid/missing provider identification',
  '44': 'invalid/missing provider name',
  '45': 'invalid/missing provider specialty',
  '46': 'invalid/missing provider phone number',
  '47': 'invalid/missing provider state',
  '48': 'invalid/missing referring provider identification number',
  '49': 'provider is not primary care physician',
  '50': 'provider ineligible for inquiries',
  '51': 'provider not on file',
  '52': 'service dates not within provider plan enrollment',
  '53': 'inquired benefit inconsistent with provider type',
  '54': 'inappropriate product/service ID qualifier',
  '55': 'inappropriate product/service ID',
  '56': 'inappropriate date',
  '57': 'invalid/missing date(s) of service',
  '58': 'invalid/missing date of birth',
  '60': 'date of birth follows date(s) of service',
  '61': 'date of death precedes date(s) of service',
  '62': 'date of service not within allowable inquiry period',
  '63': 'date of service in future',
  '64': 'invalid/missing patient ID',
  '65': 'invalid/missing patient name',
  '66': 'invalid/missing patient gender code',
  '67': 'patient not found',
  '68': 'duplicate patient ID number',
  '69': "inconsistent with patient's age",
  '70': "inconsistent with patient's gender",
  '71': 'patient birth date does not match that for the patient on the database',
  '72': 'invalid/missing subscriber/insured ID',
  '73': 'invalid/missing subscriber/insured name',
  '74': 'invalid/missing subscriber/insured gender code',
  '75': 'subscriber/insured not found',
  '76': 'duplicate subscriber/insured ID number',
  '77': 'subscriber found, patient not found',
  '78': 'subscriber/insured not in group/plan identified',
  '79': 'invalid participant identification',
  '80': 'no response received: transaction terminated',
  '97': 'invalid or missing provider address',
  T4: 'payer name or identifier missing',
};

/** AAA04 follow-up action codes of 005010X279A1 (S and Y are allowed too, not described here). */
export const followUpActionCodes: Readonly<Record<string, string>> = {
  C: 'please correct and resubmit',
  N: 'resubmission not allowed',
  P: 'please resubmit original transaction',
  R: 'resubmission allowed',
  W: 'please wait 30 days and resubmit',
  X: 'please wait 10 days and resubmit',
};
