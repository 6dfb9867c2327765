import {
  INPATIENT_FACILITY_TYPES,
  STILL_PATIENT,
  isPatientStatusCode,
} from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

const INTERIM = new Set(['2', '3']);
const THROUGH_DISCHARGE = new Set(['1', '4']);

/**
 * Every institutional claim carries the patient's discharge status (837I 2300 CL103, UB-04
 * FL 17), and it agrees with the bill's frequency: interim bills (2, 3) are for a patient
 * still in the facility (30); an admit-through-discharge or last interim bill (1, 4) of an
 * inpatient stay is not. Claims Processing Manual ch. 25 §75.2 (FL 17).
 */
export const institutionalPatientStatus: ScrubRule = {
  id: 'INST-STAT-001',
  category: 'required-data',
  severity: 'reject',
  source: '837I 2300 CL103; UB-04 FL 4, FL 17',
  title: 'The patient status is present, valid, and agrees with the bill frequency',
  check: (claim) => {
    const facts = claim.institutional;
    if (!facts) return [];
    const status = facts.patientStatus;
    const field = 'institutional.patientStatus';
    if (status === undefined)
      return [
        {
          field,
          message: 'The claim has no patient discharge status.',
          fix: 'Enter the patient status (FL 17): 01 home, 02 short-term hospital, 03 SNF, 30 still a patient…',
        },
      ];
    if (!isPatientStatusCode(status))
      return [
        {
          field,
          message: `Patient status "${status}" is not a NUBC discharge status code.`,
          fix: 'Use the two-digit discharge status code in force (FL 17).',
        },
      ];
    if (INTERIM.has(claim.frequency) && status !== STILL_PATIENT)
      return [
        {
          field,
          message: `An interim bill (frequency ${claim.frequency}) has patient status ${status}; interim bills are for a patient still in the facility (30).`,
          fix: 'Use status 30 on interim bills, or bill the discharge as frequency 4 (last interim) or 1 (admit through discharge).',
        },
      ];
    if (
      THROUGH_DISCHARGE.has(claim.frequency) &&
      status === STILL_PATIENT &&
      (INPATIENT_FACILITY_TYPES as readonly string[]).includes(facts.facilityType)
    )
      return [
        {
          field,
          message: `A frequency ${claim.frequency} inpatient bill says the patient is still a patient (30).`,
          fix: 'Enter the discharge status, or send the bill as an interim bill (frequency 2 or 3).',
        },
      ];
    return [];
  },
};
