import { z } from 'zod';
import { compareIsoDate } from '../dates/index.ts';
import type { IsoDate } from '../dates/index.ts';
import {
  ADMISSION_TYPE_CODES,
  FACILITY_TYPE_CODES,
  INPATIENT_FACILITY_TYPES,
  PATIENT_STATUS_CODES,
  POINT_OF_ORIGIN_CODES,
  PRESENT_ON_ADMISSION_CODES,
} from '../identifiers/index.ts';
import type { FacilityTypeCode, ProcedureCode } from '../identifiers/index.ts';
import type { Cents } from '../money/index.ts';
import {
  icd10cmField,
  isoDateField,
  modifierField,
  moneyField,
  procedureCodeField,
  uuidField,
} from './fields.ts';
import { conditionCodesField, occurrencesField, valueCodesField } from './facility-codes.ts';

/** The frequencies a facility bill is first sent with (FL 4 fourth digit); 7 and 8 are claim versions. */
export const FACILITY_BILL_FREQUENCIES = ['0', '1', '2', '3', '4', '5'] as const;

/** 837I limits: 24 other diagnoses (two HI ABF), 25 ICD-10-PCS procedures, 999 lines (2400). */
export const MAX_OTHER_DIAGNOSES = 24;
export const MAX_FACILITY_PROCEDURES = 25;
export const MAX_REVENUE_LINES = 999;

/** ICD-10-PCS: seven characters, digits and letters without I and O. Dots are tolerated. */
const icd10pcsField = z
  .string()
  .transform((text) => text.trim().toUpperCase().replaceAll('.', ''))
  .refine((code) => /^[0-9A-HJ-NP-Z]{7}$/.test(code), {
    message: 'expected a seven-character ICD-10-PCS code such as 0SR9019 (no I or O)',
  })
  .meta({ examples: ['0SR9019'] });

/** NUBC revenue code (FL 42): four digits; a three-digit code gets its leading zero. */
const revenueCodeField = z
  .string()
  .transform((text) => text.trim())
  .refine((code) => /^\d{3,4}$/.test(code), {
    message: 'expected a four-digit NUBC revenue code such as 0450',
  })
  .transform((code) => code.padStart(4, '0'))
  .meta({ examples: ['0450'] });

/** An hour as UB-04 FL 13/16 and 837I DTP (HHMM); `14` means 14:00. */
export const hourField = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3])([0-5]\d)?$/, 'expected an hour HH or HHMM from 00 to 2359')
  .transform((hour) => (hour.length === 2 ? `${hour}00` : hour));

const presentOnAdmission = z.enum(PRESENT_ON_ADMISSION_CODES).optional();

export const diagnosisWithPoa = z.object({
  code: icd10cmField,
  /** Y, N, U, W; left out when the code is POA-exempt. */
  presentOnAdmission,
});

/** The admission (FL 12-15; 837I DTP*435, CL101-02). */
export const admissionInput = z.object({
  date: isoDateField,
  hour: hourField.optional(),
  type: z.enum(ADMISSION_TYPE_CODES).optional(),
  pointOfOrigin: z.enum(POINT_OF_ORIGIN_CODES).optional(),
});

/** Type of bill, first two digits (FL 4; CLM05-1): `11` hospital inpatient, `13` outpatient. */
export const facilityTypeField = z.enum(FACILITY_TYPE_CODES, {
  error:
    'expected a facility type (type of bill digits 1-2) such as 11 hospital inpatient, 13 hospital outpatient or 85 critical access hospital outpatient',
});

/** FL 17, CL103: how the patient left (`01` home, `02` another short-term hospital…). */
export const patientStatusField = z.enum(PATIENT_STATUS_CODES);

export const otherDiagnosesField = z
  .array(diagnosisWithPoa)
  .max(MAX_OTHER_DIAGNOSES, 'an 837I claim carries at most 24 other diagnoses');

/** ICD-10-PCS procedures with their dates; the first is the principal procedure. */
export const facilityProceduresField = z
  .array(z.object({ code: icd10pcsField, date: isoDateField }))
  .max(MAX_FACILITY_PROCEDURES, 'an 837I claim carries at most 25 procedures');

const unitsField = z
  .number()
  .positive('units must be more than zero')
  .max(9_999_999, 'units above 9999999 do not fit SV205')
  .refine((u) => /^\d+(\.\d{1,3})?$/.test(String(u)), 'units allow at most three decimals');

export const revenueLineInput = z.object({
  revenueCode: revenueCodeField,
  /** HCPCS/CPT for the service, when it has one (outpatient lines mostly do). */
  procedureCode: procedureCodeField.optional(),
  modifiers: z.array(modifierField).max(4, 'a line carries at most 4 modifiers').default([]),
  /** Days (DA) for accommodation revenue codes (010x-021x), units (UN) otherwise. */
  unitBasis: z.enum(['UN', 'DA']).default('UN'),
  units: unitsField.default(1),
  /** The chargemaster's charge for the line (facility charges are not fee-scheduled). */
  charge: moneyField.refine((c) => c >= 0, 'a charge cannot be negative'),
  /** Required on outpatient bills (837I DTP*472); not sent on inpatient ones. */
  serviceDate: isoDateField.optional(),
});

/**
 * A facility's bill for a stay or an outpatient visit (UB-04, billed as an 837I claim): type of
 * bill, statement period, admission, discharge status, attending and operating providers,
 * diagnoses with their present-on-admission indicators, ICD-10-PCS procedures (the first is the
 * principal procedure) and revenue-code lines with the chargemaster's charges.
 */
export const facilityBillInput = z
  .object({
    patientId: uuidField,
    /** The billing facility: a practice whose TIN is an EIN (837I 2010AA). */
    practiceId: uuidField,
    attendingProviderId: uuidField,
    /** Required when a principal procedure is billed (837I 2310B). */
    operatingProviderId: uuidField.optional(),
    facilityType: facilityTypeField,
    /** Type of bill, last digit (CLM05-3): 1 admit through discharge, 2-4 interim, 5 late charges. */
    frequency: z.enum(FACILITY_BILL_FREQUENCIES).default('1'),
    statementFrom: isoDateField,
    statementTo: isoDateField,
    admission: admissionInput.optional(),
    dischargeHour: hourField.optional(),
    patientStatus: patientStatusField,
    documentation: z.string().max(200_000).default(''),
    principalDiagnosis: diagnosisWithPoa,
    admittingDiagnosis: icd10cmField.optional(),
    otherDiagnoses: otherDiagnosesField.default([]),
    occurrences: occurrencesField.default([]),
    conditionCodes: conditionCodesField.default([]),
    valueCodes: valueCodesField.default([]),
    procedures: facilityProceduresField.default([]),
    lines: z
      .array(revenueLineInput)
      .min(1, 'a facility bill has at least one revenue-code line')
      .max(MAX_REVENUE_LINES, 'an 837I claim carries at most 999 lines'),
  })
  .superRefine((bill, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    for (const found of facilityFactsIssues(bill)) issue(found.path, found.message);
    const { statementFrom: from, statementTo: to } = bill;
    const outpatient = !isInpatientFacilityType(bill.facilityType);
    bill.lines.forEach((line, index) => {
      const date = line.serviceDate;
      if (date === undefined) {
        if (outpatient)
          issue(['lines', index, 'serviceDate'], 'an outpatient bill dates every line (DTP*472)');
      } else if (compareIsoDate(date, from) < 0 || compareIsoDate(date, to) > 0) {
        issue(
          ['lines', index, 'serviceDate'],
          `${date} is outside the statement period ${from} to ${to}`,
        );
      }
      if (line.modifiers.length > 0 && line.procedureCode === undefined)
        issue(['lines', index, 'modifiers'], 'modifiers need the line’s HCPCS code');
    });
  });

export type FacilityBillInput = z.output<typeof facilityBillInput>;

/** The UB-04 facts a claim version bills; a corrected facility claim (xx7) may change them. */
export const FACILITY_FACT_KEYS = [
  'statementFrom',
  'statementTo',
  'admission',
  'dischargeHour',
  'patientStatus',
  'principalDiagnosis',
  'admittingDiagnosis',
  'otherDiagnoses',
  'occurrences',
  'conditionCodes',
  'valueCodes',
  'procedures',
  'operatingProviderId',
] as const;

export type FacilityFacts = Pick<FacilityBillInput, (typeof FACILITY_FACT_KEYS)[number]>;

/**
 * What is wrong across a bill's facts (located by field): a statement that ends before it starts,
 * an admission after it ends, a diagnosis listed twice, a procedure without the operating
 * physician or after the statement ends.
 */
export function facilityFactsIssues(
  facts: FacilityFacts,
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ path, message });
  const { statementFrom: from, statementTo: to } = facts;
  if (compareIsoDate(to, from) < 0) issue(['statementTo'], `${to} is before ${from}`);
  if (facts.admission && compareIsoDate(facts.admission.date, to) > 0)
    issue(
      ['admission', 'date'],
      `admitted ${facts.admission.date}, after the statement ends ${to}`,
    );
  const codes = [facts.principalDiagnosis, ...facts.otherDiagnoses].map((d) => d.code);
  codes.forEach((code, index) => {
    const first = codes.indexOf(code);
    if (first !== index)
      issue(
        ['otherDiagnoses', index - 1, 'code'],
        `${code} is already listed ${first === 0 ? 'as the principal diagnosis' : `as other diagnosis ${first}`}`,
      );
  });
  if (facts.procedures.length > 0 && facts.operatingProviderId === undefined)
    issue(['operatingProviderId'], 'a principal procedure is billed: name the operating physician');
  facts.procedures.forEach((p, index) => {
    if (compareIsoDate(p.date, to) > 0)
      issue(['procedures', index, 'date'], `${p.date} is after the statement ends ${to}`);
  });
  return issues;
}
export type RevenueLineInput = z.output<typeof revenueLineInput>;

/** Inpatient bills proper (11x, 18x, 21x, 41x): lines carry no service date. */
export function isInpatientFacilityType(facilityType: string): boolean {
  return (INPATIENT_FACILITY_TYPES as readonly string[]).includes(facilityType);
}

/** A revenue-code line once stored: its date is the ledger's date of service. */
export interface RevenueLine {
  readonly id: string;
  readonly sequence: number;
  readonly revenueCode: string;
  readonly procedureCode?: ProcedureCode;
  readonly modifiers: readonly string[];
  readonly unitBasis: 'UN' | 'DA';
  readonly units: number;
  readonly charge: Cents;
  /**
   * The line's date of service for the ledger; an undated inpatient line takes the statement's
   * first day. Only outpatient bills send it (DTP*472).
   */
  readonly serviceDate: IsoDate;
}

export type FacilityBillStatus = 'open' | 'coded' | 'on_hold' | 'billed';

export type FacilityBill = Omit<FacilityBillInput, 'lines' | 'facilityType'> & {
  readonly id: string;
  readonly status: FacilityBillStatus;
  readonly facilityType: FacilityTypeCode;
  readonly lines: readonly RevenueLine[];
};

/** The lines of a bill as stored: undated inpatient lines take the statement's first day. */
export function datedRevenueLines(bill: FacilityBillInput): Omit<RevenueLine, 'id' | 'sequence'>[] {
  return bill.lines.map((line) => ({
    revenueCode: line.revenueCode,
    ...(line.procedureCode ? { procedureCode: line.procedureCode } : {}),
    modifiers: line.modifiers,
    unitBasis: line.unitBasis,
    units: line.units,
    charge: line.charge,
    serviceDate: line.serviceDate ?? bill.statementFrom,
  }));
}
