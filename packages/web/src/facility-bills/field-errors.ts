import { ApiProblem } from '../api/problem.ts';
import type { FieldError } from '../api/problem.ts';

/** The API's message, with the schema's words for a field left empty said as a biller would. */
export function billingMessage(error: FieldError): string {
  return error.code === 'invalid_type' && error.message.endsWith('received undefined')
    ? 'required'
    : error.message;
}

/** The messages the API located at a field, or under it; undefined when it found none. */
export type ErrorAt = (path: string) => string | undefined;

/**
 * Reads a failed save's located problems (`statementTo`, `lines.0.charge`) for the fields
 * that show them: a field owns its path and everything under it (`principalDiagnosis.code`).
 */
export function fieldErrors(error: unknown): ErrorAt {
  const errors = error instanceof ApiProblem ? error.errors : [];
  return (path) => {
    const messages = errors
      .filter((e) => e.path === path || e.path.startsWith(`${path}.`))
      .map(billingMessage);
    return messages.length > 0 ? messages.join('; ') : undefined;
  };
}

const FIELDS: Readonly<Record<string, string>> = {
  patientId: 'Patient (FL 8)',
  practiceId: 'Billing facility (FL 1)',
  attendingProviderId: 'Attending provider (FL 76)',
  operatingProviderId: 'Operating physician (FL 77)',
  facilityType: 'Type of bill (FL 4)',
  frequency: 'Type of bill frequency (FL 4)',
  statementFrom: 'Statement from (FL 6)',
  statementTo: 'Statement through (FL 6)',
  admission: 'Admission (FL 12-15)',
  'admission.date': 'Admission date (FL 12)',
  'admission.hour': 'Admission hour (FL 13)',
  'admission.type': 'Admission type (FL 14)',
  'admission.pointOfOrigin': 'Point of origin (FL 15)',
  dischargeHour: 'Discharge hour (FL 16)',
  patientStatus: 'Patient discharge status (FL 17)',
  principalDiagnosis: 'Principal diagnosis (FL 67)',
  'principalDiagnosis.code': 'Principal diagnosis (FL 67)',
  'principalDiagnosis.presentOnAdmission': 'Principal diagnosis POA indicator (FL 67)',
  admittingDiagnosis: 'Admitting diagnosis (FL 69)',
  otherDiagnoses: 'Other diagnoses (FL 67A-Q)',
  procedures: 'Procedures (FL 74)',
  conditionCodes: 'Condition codes (FL 18-28)',
  valueCodes: 'Value codes (FL 39-41)',
  lines: 'Revenue lines',
  documentation: 'Documentation',
};

const LINE_FIELDS: Readonly<Record<string, string>> = {
  revenueCode: 'revenue code (FL 42)',
  procedureCode: 'HCPCS (FL 44)',
  modifiers: 'modifiers (FL 44)',
  serviceDate: 'service date (FL 45)',
  unitBasis: 'unit basis (FL 46)',
  units: 'units (FL 46)',
  charge: 'charge (FL 47)',
};

/** The form's name for the field at an API path: `lines.0.charge` → "Line 1 charge (FL 47)". */
export function fieldLabel(path: string): string {
  const known = FIELDS[path];
  if (known) return known;
  const [list, index, field = ''] = path.split('.');
  const n = Number(index);
  if (!Number.isInteger(n)) return path;
  if (list === 'lines') return `Line ${n + 1} ${LINE_FIELDS[field] ?? field}`.trim();
  if (list === 'otherDiagnoses')
    return `Other diagnosis ${n + 1}${field === 'presentOnAdmission' ? ' POA indicator' : ''}`;
  if (list === 'conditionCodes') return `Condition code ${n + 1}`;
  if (list === 'valueCodes') return `Value code ${n + 1} ${field === 'amount' ? 'amount' : 'code'}`;
  if (list === 'procedures')
    return `${n === 0 ? 'Principal procedure' : `Other procedure ${n}`} ${field === 'date' ? 'date' : 'code'}`;
  return path;
}
