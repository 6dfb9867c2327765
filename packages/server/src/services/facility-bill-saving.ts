import { compareIsoDate, conflict, invalid, notFound } from '@medbill/core';
import type { FacilityBill, FacilityBillInput, Problem } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import {
  getFacilityBill,
  getPatient,
  insertFacilityBill,
  practices,
  updateFacilityBill,
} from '@medbill/db';

/**
 * Saves a facility bill: checks it against the patient (born by the statement's start) and the
 * billing facility (an 837I billing provider is an organization with an EIN), and writes it with
 * its diagnoses, procedures and revenue-code lines. A billed one changes only through a
 * corrected claim. Call inside a transaction.
 */
export async function saveFacilityBill(
  q: Queryable,
  orgId: string,
  input: FacilityBillInput,
  id?: string,
): Promise<FacilityBill> {
  const [patient, practice] = await Promise.all([
    getPatient(q, orgId, input.patientId),
    practices.get(q, orgId, input.practiceId),
  ]);
  const problems: Problem[] = [];
  if (!patient) problems.push({ path: 'patientId', code: 'exists', message: 'no such patient' });
  else if (compareIsoDate(input.statementFrom, patient.dateOfBirth) < 0)
    problems.push({
      path: 'statementFrom',
      code: 'before_birth',
      message: `${input.statementFrom} is before the patient's birth date ${patient.dateOfBirth}`,
    });
  if (!practice)
    problems.push({ path: 'practiceId', code: 'exists', message: 'no such billing facility' });
  else if (practice.tin.kind !== 'EIN')
    problems.push({
      path: 'practiceId',
      code: 'ein_required',
      message: `${practice.name} bills under an SSN: an 837I billing provider needs an EIN`,
    });
  if (problems.length > 0) throw invalid('The facility bill cannot be saved as it is.', problems);
  if (id === undefined) return insertFacilityBill(q, orgId, input);
  const current = await getFacilityBill(q, orgId, id);
  if (!current) throw notFound('facility bill', id);
  if (current.status === 'billed')
    throw conflict(
      'This facility bill is billed: change it through a corrected claim, not by editing the bill.',
    );
  const updated = await updateFacilityBill(q, orgId, id, input);
  if (!updated) throw notFound('facility bill', id);
  return updated;
}
