import { isOneOf } from './literal-union.ts';

// Code lists the 837 uses, with the names the X12 code source gives them. Each list is the
// one source of its literal union; each label table must cover every code (the Record type
// makes a missing label a compile error).

/**
 * Claim filing indicator: the type of insurance plan (005010X222A1 2000B SBR09, 2320 SBR09;
 * X12 element 1032, Claim Filing Indicator Code).
 */
// prettier-ignore
export const CLAIM_FILING_INDICATORS = [
  '11', '12', '13', '14', '15', '16', '17',
  'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM',
  'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ',
] as const;

/** A claim filing indicator code from {@link CLAIM_FILING_INDICATORS}. */
export type ClaimFilingIndicator = (typeof CLAIM_FILING_INDICATORS)[number];

/** The X12 name of each claim filing indicator code. */
export const CLAIM_FILING_INDICATOR_LABELS: Readonly<Record<ClaimFilingIndicator, string>> = {
  '11': 'Other Non-Federal Programs',
  '12': 'Preferred Provider Organization (PPO)',
  '13': 'Point of Service (POS)',
  '14': 'Exclusive Provider Organization (EPO)',
  '15': 'Indemnity Insurance',
  '16': 'Health Maintenance Organization (HMO) Medicare Risk',
  '17': 'Dental Maintenance Organization',
  AM: 'Automobile Medical',
  BL: 'Blue Cross/Blue Shield',
  CH: 'CHAMPUS',
  CI: 'Commercial Insurance Co.',
  DS: 'Disability',
  FI: 'Federal Employees Program',
  HM: 'Health Maintenance Organization',
  LM: 'Liability Medical',
  MA: 'Medicare Part A',
  MB: 'Medicare Part B',
  MC: 'Medicaid',
  OF: 'Other Federal Program',
  TV: 'Title V',
  VA: 'Veterans Affairs Plan',
  WC: "Workers' Compensation Health Claim",
  ZZ: 'Mutually Defined',
};

/** Whether `text` is exactly one of {@link CLAIM_FILING_INDICATORS}. */
export function isClaimFilingIndicator(text: string): text is ClaimFilingIndicator {
  return isOneOf(CLAIM_FILING_INDICATORS, text);
}

/**
 * Individual relationship code: how the patient is related to the subscriber (X12 element
 * 1069). In 005010X222A1 the subscriber loop 2000B SBR02 takes only `18` (Self, when the
 * subscriber is the patient); the patient loop 2000C PAT01 takes every other code here; the
 * other-subscriber loop 2320 SBR02 takes them all.
 */
export const RELATIONSHIP_CODES = ['01', '18', '19', '20', '21', '39', '40', '53', 'G8'] as const;

/** An individual relationship code from {@link RELATIONSHIP_CODES}. */
export type RelationshipCode = (typeof RELATIONSHIP_CODES)[number];

/** The X12 name of each relationship code. */
export const RELATIONSHIP_LABELS: Readonly<Record<RelationshipCode, string>> = {
  '01': 'Spouse',
  '18': 'Self',
  '19': 'Child',
  '20': 'Employee',
  '21': 'Unknown',
  '39': 'Organ Donor',
  '40': 'Cadaver Donor',
  '53': 'Life Partner',
  G8: 'Other Relationship',
};

/** Whether `text` is exactly one of {@link RELATIONSHIP_CODES}. */
export function isRelationshipCode(text: string): text is RelationshipCode {
  return isOneOf(RELATIONSHIP_CODES, text);
}

/** Administrative sex as the 837 DMG03 carries it (X12 element 1068, Gender Code). */
export const ADMINISTRATIVE_SEX = ['M', 'F', 'U'] as const;

/** An administrative sex code from {@link ADMINISTRATIVE_SEX}. */
export type AdministrativeSex = (typeof ADMINISTRATIVE_SEX)[number];

/** The X12 name of each administrative sex code. */
export const ADMINISTRATIVE_SEX_LABELS: Readonly<Record<AdministrativeSex, string>> = {
  M: 'Male',
  F: 'Female',
  U: 'Unknown',
};

/** Whether `text` is exactly one of {@link ADMINISTRATIVE_SEX}. */
export function isAdministrativeSex(text: string): text is AdministrativeSex {
  return isOneOf(ADMINISTRATIVE_SEX, text);
}

/**
 * Claim frequency type code, the last digit of the NUBC type of bill, sent alone on the
 * professional claim (005010X222A1 2300 CLM05-3). A replacement or void also needs the payer's
 * claim control number of the claim it corrects (2300 REF*F8).
 */
export const CLAIM_FREQUENCY_CODES = ['1', '7', '8'] as const;

/** A claim frequency code from {@link CLAIM_FREQUENCY_CODES}. */
export type ClaimFrequencyCode = (typeof CLAIM_FREQUENCY_CODES)[number];

/** What each claim frequency code means. */
export const CLAIM_FREQUENCY_LABELS: Readonly<Record<ClaimFrequencyCode, string>> = {
  '1': 'Original claim',
  '7': 'Replacement of prior claim',
  '8': 'Void/cancel of prior claim',
};

/** Whether `text` is exactly one of {@link CLAIM_FREQUENCY_CODES}. */
export function isClaimFrequencyCode(text: string): text is ClaimFrequencyCode {
  return isOneOf(CLAIM_FREQUENCY_CODES, text);
}

/** Which payer a coverage is for a claim: the first, second or third to be billed. */
export const COVERAGE_ORDERS = ['primary', 'secondary', 'tertiary'] as const;

/** A coverage order from {@link COVERAGE_ORDERS}. */
export type CoverageOrder = (typeof COVERAGE_ORDERS)[number];

/** Whether `text` is exactly one of {@link COVERAGE_ORDERS}. */
export function isCoverageOrder(text: string): text is CoverageOrder {
  return isOneOf(COVERAGE_ORDERS, text);
}

/**
 * Payer responsibility sequence number codes for the first three payers (X12 element 1138;
 * 005010X222A1 2000B SBR01 and 2320 SBR01). X12 also defines A–H for the fourth to eleventh
 * payer and U for unknown; medbill bills at most three.
 */
export type PayerResponsibilityCode = 'P' | 'S' | 'T';

/** The SBR01 code for each coverage order. */
export const PAYER_RESPONSIBILITY_CODES: Readonly<Record<CoverageOrder, PayerResponsibilityCode>> =
  { primary: 'P', secondary: 'S', tertiary: 'T' };

const ORDER_BY_CODE: Readonly<Record<PayerResponsibilityCode, CoverageOrder>> = {
  P: 'primary',
  S: 'secondary',
  T: 'tertiary',
};

/** Whether `text` is exactly `P`, `S` or `T`. */
export function isPayerResponsibilityCode(text: string): text is PayerResponsibilityCode {
  return isOneOf(['P', 'S', 'T'], text);
}

/** The coverage order an SBR01 code stands for: `S` → `'secondary'`. */
export function coverageOrderFromPayerResponsibility(code: PayerResponsibilityCode): CoverageOrder {
  return ORDER_BY_CODE[code];
}
