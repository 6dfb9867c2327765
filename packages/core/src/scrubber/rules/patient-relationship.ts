import { isRelationshipCode, RELATIONSHIP_LABELS } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * TR3 2000B SBR02 / 2000C PAT01: the patient's relationship to the subscriber. When the patient
 * is not the subscriber, loop 2010BA needs the subscriber's own name and birth date.
 */
export const patientRelationship: ScrubRule = {
  id: 'REQ-REL-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2000B SBR02, 2000C PAT01, 2010BA NM1/DMG',
  title:
    "Patient's relationship to the subscriber is a valid code, with subscriber details when not self",
  check: (claim) => {
    if (!isRelationshipCode(claim.relationship)) {
      return [
        {
          field: 'relationship',
          message: `Relationship code "${claim.relationship}" is not one the 837 allows (18 self, 01 spouse, 19 child, 20 employee, 21 unknown, 39, 40, 53, G8).`,
          fix: "Choose the patient's relationship to the policy holder on the coverage.",
        },
      ];
    }
    const s = claim.subscriber;
    if (claim.relationship !== '18' && (!s.lastName || !s.firstName || !s.dateOfBirth)) {
      return [
        {
          field: 'subscriber',
          message: `The patient is the subscriber's ${RELATIONSHIP_LABELS[claim.relationship].toLowerCase()}, but the subscriber's name or birth date is missing.`,
          fix: "Enter the policy holder's name and birth date on the coverage.",
        },
      ];
    }
    return [];
  },
};
