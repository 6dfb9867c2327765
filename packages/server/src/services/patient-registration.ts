import { conflict, findOverlappingCoverage, notFound } from '@medbill/core';
import type {
  Coverage,
  CoverageInput,
  GuarantorInput,
  Patient,
  RegistrationInput,
} from '@medbill/core';
import type { Queryable } from '@medbill/db';
import {
  getGuarantor,
  getPatient,
  insertCoverage,
  insertPatient,
  listCoverages,
  setGuarantor,
  updateCoverage,
} from '@medbill/db';

export interface PatientRecord extends Patient {
  readonly guarantor: GuarantorInput;
  readonly coverages: Coverage[];
}

/** Registers a patient with guarantor and coverages; call inside a transaction. */
export async function registerPatient(
  q: Queryable,
  orgId: string,
  input: RegistrationInput,
): Promise<PatientRecord> {
  const patient = await insertPatient(q, orgId, input.patient);
  const guarantor = await setGuarantor(q, orgId, patient.id, input.guarantor);
  for (const [index, coverage] of input.coverages.entries()) {
    await saveCoverage(q, orgId, patient.id, coverage, { path: `coverages.${index}.order` });
  }
  return { ...patient, guarantor, coverages: await listCoverages(q, orgId, patient.id) };
}

/**
 * Adds or replaces a coverage, refusing a second coverage of the same order in force on the
 * same dates (two primaries on one date of service make every claim ambiguous).
 */
export async function saveCoverage(
  q: Queryable,
  orgId: string,
  patientId: string,
  input: CoverageInput,
  options: { path?: string; id?: string } = {},
): Promise<Coverage> {
  const existing = await listCoverages(q, orgId, patientId);
  const clash = findOverlappingCoverage(existing, input, options.id);
  if (clash) {
    throw conflict(
      `The patient already has a ${clash.order} coverage in force from ${clash.effectiveFrom}.`,
      [
        {
          path: options.path ?? 'order',
          code: 'coverage_overlap',
          message: `overlaps the ${clash.order} coverage ${clash.memberId} (${clash.effectiveFrom} to ${clash.effectiveTo ?? 'open'}); end it first`,
        },
      ],
    );
  }
  if (options.id === undefined) return insertCoverage(q, orgId, patientId, input);
  const updated = await updateCoverage(q, orgId, options.id, input);
  if (!updated) throw notFound('coverage', options.id);
  return updated;
}

export async function readPatientRecord(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<PatientRecord> {
  const patient = await getPatient(q, orgId, id);
  if (!patient) throw notFound('patient', id);
  return {
    ...patient,
    guarantor: await getGuarantor(q, orgId, id),
    coverages: await listCoverages(q, orgId, id),
  };
}
