import { compareIsoDate, conflict, invalid, notFound, priceEncounter } from '@medbill/core';
import type { Encounter, EncounterInput, FeeSchedule, IsoDate } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import {
  feeSchedulesInForce,
  getEncounter,
  getPatient,
  insertEncounter,
  updateEncounter,
} from '@medbill/db';

/**
 * Saves an encounter: checks it against the patient, prices lines that carry no charge from the
 * fee schedules in force on each line's date, and writes it with its diagnoses and lines.
 * Call inside a transaction.
 */
export async function saveEncounter(
  q: Queryable,
  orgId: string,
  input: EncounterInput,
  id?: string,
): Promise<Encounter> {
  const patient = await getPatient(q, orgId, input.patientId);
  if (!patient)
    throw invalid('The encounter names a patient that does not exist.', [
      { path: 'patientId', code: 'exists', message: 'no such patient' },
    ]);
  if (compareIsoDate(input.serviceDateFrom, patient.dateOfBirth) < 0) {
    throw invalid('The date of service is before the patient was born.', [
      {
        path: 'serviceDateFrom',
        code: 'before_birth',
        message: `${input.serviceDateFrom} is before the patient's birth date ${patient.dateOfBirth}`,
      },
    ]);
  }
  const priced = priceEncounter(input, await schedulesFor(q, orgId, input));
  if (!priced.ok)
    throw invalid(
      'Some lines have no charge and no fee schedule price; nothing was saved.',
      priced.problems,
    );
  if (id === undefined) return insertEncounter(q, orgId, priced.value);
  const current = await getEncounter(q, orgId, id);
  // A facility bill is not found here: it is changed through /facility-bills.
  if (!current) throw notFound('encounter', id);
  if (current.status === 'billed') {
    throw conflict(
      'This encounter is billed: change it through a corrected claim, not by editing the encounter.',
    );
  }
  const updated = await updateEncounter(q, orgId, id, priced.value);
  if (!updated) throw notFound('encounter', id);
  return updated;
}

async function schedulesFor(
  q: Queryable,
  orgId: string,
  input: EncounterInput,
): Promise<FeeSchedule[]> {
  const unpriced = input.lines.filter((line) => line.charge === undefined);
  if (unpriced.length === 0) return [];
  const codes = [...new Set(unpriced.map((line) => line.procedureCode.code))];
  const dates = [...new Set(unpriced.map((line) => line.serviceDate ?? input.serviceDateFrom))];
  const perDate = await Promise.all(
    dates.map((date: IsoDate) => feeSchedulesInForce(q, orgId, date, codes)),
  );
  const byId = new Map(perDate.flat().map((schedule) => [schedule.id, schedule]));
  return [...byId.values()];
}
