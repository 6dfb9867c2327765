import { formatIcd10cm } from '../format.ts';
import { decimalOf, parseDollars } from '../money-input.ts';
import { parseModifiers } from '../coding/encounter-draft.ts';
import type { FacilityBill } from './facility-bill.ts';
import { isInpatientType } from './ub04-codes.ts';

/** A row the biller edits; `key` keeps React's rows apart while they are added and removed. */
interface Keyed {
  readonly key: string;
}

export interface DiagnosisDraft extends Keyed {
  readonly code: string;
  /** Y, N, U, W; '' when the code is POA-exempt. */
  readonly poa: string;
}

/** A code with its date: an ICD-10-PCS procedure (FL 74) or an occurrence code (FL 31–34). */
export interface CodedDateDraft extends Keyed {
  readonly code: string;
  readonly date: string;
}

/** A value code (FL 39–41) with its amount in dollars as typed. */
export interface ValueCodeDraft extends Keyed {
  readonly code: string;
  readonly amount: string;
}

export interface LineDraft extends Keyed {
  readonly revenueCode: string;
  readonly hcpcs: string;
  /** As typed: `25 59`. */
  readonly modifiers: string;
  readonly unitBasis: 'UN' | 'DA';
  readonly units: string;
  /** Dollars as typed: `1,234.50`. */
  readonly charge: string;
  readonly serviceDate: string;
}

/** The form as typed: text everywhere, so that a bad value reaches the API and is located. */
export interface BillDraft {
  readonly patientId: string;
  readonly practiceId: string;
  readonly attendingProviderId: string;
  readonly operatingProviderId: string;
  readonly facilityType: string;
  readonly frequency: string;
  readonly statementFrom: string;
  readonly statementTo: string;
  readonly admissionDate: string;
  readonly admissionHour: string;
  readonly admissionType: string;
  readonly pointOfOrigin: string;
  readonly dischargeHour: string;
  readonly patientStatus: string;
  /** The first is the principal diagnosis (FL 67), the rest other diagnoses (FL 67A-Q). */
  readonly diagnoses: readonly DiagnosisDraft[];
  readonly admittingDiagnosis: string;
  readonly procedures: readonly CodedDateDraft[];
  readonly occurrences: readonly CodedDateDraft[];
  /** FL 18–28 as typed: `44 07` or `44, 07`. */
  readonly conditionCodes: string;
  readonly valueCodes: readonly ValueCodeDraft[];
  readonly lines: readonly LineDraft[];
  readonly documentation: string;
}

let serial = 0;
export const newKey = (): string => `row-${++serial}`;

export const emptyLine = (serviceDate = ''): LineDraft => ({
  key: newKey(),
  revenueCode: '',
  hcpcs: '',
  modifiers: '',
  unitBasis: 'UN',
  units: '1',
  charge: '',
  serviceDate,
});

export const emptyDraft = (): BillDraft => ({
  patientId: '',
  practiceId: '',
  attendingProviderId: '',
  operatingProviderId: '',
  facilityType: '13',
  frequency: '1',
  statementFrom: '',
  statementTo: '',
  admissionDate: '',
  admissionHour: '',
  admissionType: '',
  pointOfOrigin: '',
  dischargeHour: '',
  patientStatus: '01',
  diagnoses: [],
  admittingDiagnosis: '',
  procedures: [],
  occurrences: [],
  conditionCodes: '',
  valueCodes: [],
  lines: [emptyLine()],
  documentation: '',
});

/** A saved bill back in the form. */
export function draftOf(bill: FacilityBill): BillDraft {
  const inpatient = isInpatientType(bill.facilityType);
  return {
    patientId: bill.patientId,
    practiceId: bill.practiceId,
    attendingProviderId: bill.attendingProviderId,
    operatingProviderId: bill.operatingProviderId ?? '',
    facilityType: bill.facilityType,
    frequency: bill.frequency,
    statementFrom: bill.statementFrom,
    statementTo: bill.statementTo,
    admissionDate: bill.admission?.date ?? '',
    admissionHour: bill.admission?.hour ?? '',
    admissionType: bill.admission?.type ?? '',
    pointOfOrigin: bill.admission?.pointOfOrigin ?? '',
    dischargeHour: bill.dischargeHour ?? '',
    patientStatus: bill.patientStatus,
    diagnoses: [bill.principalDiagnosis, ...bill.otherDiagnoses].map((d) => ({
      key: newKey(),
      code: formatIcd10cm(d.code),
      poa: d.presentOnAdmission ?? '',
    })),
    admittingDiagnosis: bill.admittingDiagnosis ? formatIcd10cm(bill.admittingDiagnosis) : '',
    procedures: bill.procedures.map((p) => ({ key: newKey(), ...p })),
    occurrences: bill.occurrences.map((o) => ({ key: newKey(), ...o })),
    conditionCodes: bill.conditionCodes.join(' '),
    valueCodes: bill.valueCodes.map((v) => ({
      key: newKey(),
      code: v.code,
      amount: decimalOf(v.amount),
    })),
    lines: bill.lines.map((line) => ({
      key: newKey(),
      revenueCode: line.revenueCode,
      hcpcs: line.procedureCode?.code ?? '',
      modifiers: line.modifiers.join(' '),
      unitBasis: line.unitBasis,
      units: String(line.units),
      charge: decimalOf(line.charge),
      // An inpatient line is stored with the statement's first day; it was entered undated.
      serviceDate: inpatient ? '' : line.serviceDate,
    })),
    documentation: bill.documentation,
  };
}

/** `{ key: value }` when the text is not blank, for the API's optional fields. */
const given = (key: string, text: string) => {
  const trimmed = text.trim();
  return trimmed === '' ? {} : { [key]: trimmed };
};

/** Units as a number when they read as one; otherwise the text, for the API to locate. */
const unitsOf = (text: string): number | string =>
  /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text;

/** Dollars as the API's decimal text, never through a float; anything else goes as typed. */
const chargeOf = (text: string): string => {
  const cents = parseDollars(text);
  return cents === undefined ? text : decimalOf(cents);
};

/** The bill as the API takes it (POST /facility-bills, PUT /facility-bills/{id}). */
export function billBody(draft: BillDraft): Record<string, unknown> {
  const [principal, ...others] = draft.diagnoses;
  const diagnosis = (d: DiagnosisDraft) => ({
    code: d.code.trim(),
    ...given('presentOnAdmission', d.poa),
  });
  const admitted = [
    draft.admissionDate,
    draft.admissionHour,
    draft.admissionType,
    draft.pointOfOrigin,
  ];
  // Any admission detail sends the admission, so that a missing date is located, not dropped.
  const admission = admitted.every((text) => text.trim() === '')
    ? {}
    : {
        admission: {
          date: draft.admissionDate,
          ...given('hour', draft.admissionHour),
          ...given('type', draft.admissionType),
          ...given('pointOfOrigin', draft.pointOfOrigin),
        },
      };
  return {
    ...given('patientId', draft.patientId),
    ...given('practiceId', draft.practiceId),
    ...given('attendingProviderId', draft.attendingProviderId),
    ...given('operatingProviderId', draft.operatingProviderId),
    facilityType: draft.facilityType,
    frequency: draft.frequency,
    statementFrom: draft.statementFrom,
    statementTo: draft.statementTo,
    ...admission,
    ...given('dischargeHour', draft.dischargeHour),
    patientStatus: draft.patientStatus,
    documentation: draft.documentation,
    ...(principal ? { principalDiagnosis: diagnosis(principal) } : {}),
    ...given('admittingDiagnosis', draft.admittingDiagnosis),
    otherDiagnoses: others.map(diagnosis),
    procedures: draft.procedures.map((p) => ({ code: p.code.trim(), date: p.date })),
    occurrences: draft.occurrences.map((o) => ({ code: o.code.trim(), date: o.date })),
    conditionCodes: draft.conditionCodes.split(/[\s,]+/).filter((code) => code !== ''),
    valueCodes: draft.valueCodes.map((v) => ({ code: v.code.trim(), amount: chargeOf(v.amount) })),
    lines: draft.lines.map((line) => ({
      revenueCode: line.revenueCode.trim(),
      ...given('procedureCode', line.hcpcs),
      modifiers: parseModifiers(line.modifiers),
      unitBasis: line.unitBasis,
      units: unitsOf(line.units),
      charge: chargeOf(line.charge),
      ...given('serviceDate', line.serviceDate),
    })),
  };
}

/** The cents the lines add up to, counting only charges that read as dollars. */
export function draftTotal(draft: BillDraft): number {
  return draft.lines.reduce((sum, line) => sum + (parseDollars(line.charge) ?? 0), 0);
}

/** An ICD-10-CM code as the code set keys it: no dot, upper case. */
export const bareCode = (code: string): string => code.replace('.', '').trim().toUpperCase();

/** Where the API locates a problem with the diagnosis in this row of the form. */
export function diagnosisPath(index: number): string {
  return index === 0 ? 'principalDiagnosis' : `otherDiagnoses.${index - 1}`;
}

/** The row with this key changed; the others as they were. */
export function updateRow<T extends Keyed>(
  rows: readonly T[],
  key: string,
  change: Partial<T>,
): T[] {
  return rows.map((row) => (row.key === key ? { ...row, ...change } : row));
}

/** Adds a diagnosis the encoder found, last (the first added is the principal); never twice. */
export function addDiagnosisCode(draft: BillDraft, code: string): BillDraft {
  if (draft.diagnoses.some((d) => bareCode(d.code) === bareCode(code))) return draft;
  const entry = { key: newKey(), code: formatIcd10cm(code), poa: '' };
  return { ...draft, diagnoses: [...draft.diagnoses, entry] };
}

/** A new revenue line, dated with the statement's first day on an outpatient bill. */
export function newLineFor(draft: BillDraft): LineDraft {
  return emptyLine(isInpatientType(draft.facilityType) ? '' : draft.statementFrom);
}

/**
 * Puts a HCPCS code the encoder found on the last line if that line is still blank, or on a new
 * line; the biller adds its revenue code and charge.
 */
export function addHcpcsLine(draft: BillDraft, code: string): BillDraft {
  const last = draft.lines.at(-1);
  if (last && last.hcpcs === '' && last.revenueCode === '' && last.charge === '')
    return { ...draft, lines: updateRow(draft.lines, last.key, { hcpcs: code }) };
  return { ...draft, lines: [...draft.lines, { ...newLineFor(draft), hcpcs: code }] };
}

/**
 * A new statement start; on an outpatient bill the lines dated with the old start (or not
 * dated yet) move with it, as most outpatient visits are one day.
 */
export function withStatementFrom(draft: BillDraft, statementFrom: string): BillDraft {
  const follows = (date: string) => date === '' || date === draft.statementFrom;
  return {
    ...draft,
    statementFrom,
    lines: isInpatientType(draft.facilityType)
      ? draft.lines
      : draft.lines.map((l) => (follows(l.serviceDate) ? { ...l, serviceDate: statementFrom } : l)),
  };
}
