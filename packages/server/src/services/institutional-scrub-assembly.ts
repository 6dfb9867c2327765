import type { ClaimRecord } from '@medbill/db';
import type { ScrubClaim } from '@medbill/core';
import { isInpatientFacilityType } from '@medbill/core';
import type { InstitutionalClaimParties } from './institutional-claim-parties.ts';
import { scrubClaimHeader } from './scrub-claim-header.ts';

/**
 * A stored institutional claim as the scrubber reads it: the claim's parties as for a
 * professional claim, and the UB-04 facts (type of bill, statement period, admission, status,
 * POA per diagnosis, ICD-10-PCS procedures, revenue lines) the version bills — the same
 * facts `scrubClaimFromInstitutional` reads from an 837I file.
 */
export function institutionalScrubClaim(
  claim: ClaimRecord,
  parties: InstitutionalClaimParties,
): ScrubClaim {
  const { attending, bill, lines } = parties;
  const diagnoses = [bill.principalDiagnosis, ...bill.otherDiagnoses];
  const outpatient = !isInpatientFacilityType(bill.facilityType);
  return {
    ...scrubClaimHeader(claim, parties, attending),
    kind: 'institutional',
    placeOfService: '',
    lines: [],
    institutional: {
      facilityType: bill.facilityType,
      statementFrom: bill.statementFrom,
      statementTo: bill.statementTo,
      ...(bill.admission ? { admissionDate: bill.admission.date } : {}),
      ...(bill.admission?.type ? { admissionType: bill.admission.type } : {}),
      ...(bill.admission?.pointOfOrigin ? { pointOfOrigin: bill.admission.pointOfOrigin } : {}),
      patientStatus: bill.patientStatus,
      ...(bill.admittingDiagnosis ? { admittingDiagnosis: bill.admittingDiagnosis } : {}),
      occurrences: bill.occurrences,
      presentOnAdmission: diagnoses.map((d) => d.presentOnAdmission),
      procedures: bill.procedures.map((p, i) => ({
        code: p.code,
        principal: i === 0,
        date: p.date,
      })),
      lines: lines.map(({ revenue }) => ({
        revenueCode: revenue.revenueCode,
        ...(revenue.procedureCode ? { procedure: revenue.procedureCode } : {}),
        modifiers: revenue.modifiers,
        units: revenue.units,
        charge: revenue.charge,
        ...(outpatient ? { serviceDate: revenue.serviceDate } : {}),
      })),
    },
  };
}
