import { invalid, isInpatientFacilityType } from '@medbill/core';
import type { Problem } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import type { Claim837i, Diagnosis837i, LineAdjudication837i } from '@medbill/x12';
import {
  address,
  lineAdjudications,
  otherPayer837,
  provider837,
  subscriberAndPatient,
} from './claim-837p-assembly.ts';
import { loadInstitutionalParties } from './institutional-claim-parties.ts';
import type { InstitutionalClaimParties } from './institutional-claim-parties.ts';
import type { PriorPayerParty } from './prior-payer-parties.ts';

/**
 * Stored institutional claims as the 837I builder takes them, in their order: the facility as
 * billing provider (2010AA, with its EIN), subscriber, payer and patient as on an 837P, and the
 * UB-04 facts each claim version bills (its facility bill's, or a correction's): type of bill, statement period, admission and
 * discharge, CL1, diagnoses with POA, ICD-10-PCS procedures, attending and operating providers
 * (2310A/B), the SV2 lines with their control numbers (REF*6R), dated on outpatient bills, and on
 * a secondary or tertiary claim the earlier payers' adjudication (2320/2330A/2330B, 2430).
 */
export async function assemble837i(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<Claim837i[]> {
  const parties = await loadInstitutionalParties(q, orgId, claims);
  const problems: Problem[] = claims.flatMap((claim, i) =>
    parties[i]?.practice.tin.kind === 'EIN'
      ? []
      : [
          {
            path: `claim ${claim.claimNumber}.billingProvider`,
            code: 'ein_required',
            message: 'an 837I billing provider is an organization with an EIN',
          },
        ],
  );
  if (problems.length > 0) throw invalid('No 837I was made.', problems);
  return claims.map((claim, i) => {
    const claimParties = parties[i];
    if (!claimParties) throw new Error(`claim ${claim.claimNumber} has no parties`);
    return claim837i(claim, claimParties);
  });
}

function claim837i(claim: ClaimRecord, parties: InstitutionalClaimParties): Claim837i {
  const { practice, attending, operating, bill, lines, priorPayers, patient } = parties;
  const { subscriber, ...payerAndPatient } = subscriberAndPatient(parties);
  // The 837I has no SBR05: Medicare learns why it pays second from value and condition codes.
  const { medicareSecondaryType: _msp, ...subscriber837i } = subscriber;
  const diagnosis = (d: (typeof bill.otherDiagnoses)[number]): Diagnosis837i => ({
    code: d.code,
    ...(d.presentOnAdmission ? { presentOnAdmission: d.presentOnAdmission } : {}),
  });
  const [principalProcedure, ...otherProcedures] = bill.procedures;
  const outpatient = !isInpatientFacilityType(bill.facilityType);
  return {
    billingProvider: {
      name: practice.name,
      npi: practice.npi,
      taxonomy: practice.taxonomy,
      ein: practice.tin.digits,
      address: address(practice.address),
      ...(practice.payToAddress ? { payToAddress: address(practice.payToAddress) } : {}),
    },
    subscriber: subscriber837i,
    ...payerAndPatient,
    patientControlNumber: claim.claimNumber,
    totalCharge: claim.totalCharge,
    facilityType: bill.facilityType,
    frequency: claim.frequency,
    ...(claim.payerClaimNumber ? { payerClaimNumber: claim.payerClaimNumber } : {}),
    statementPeriod: { from: bill.statementFrom, to: bill.statementTo },
    ...(bill.admission
      ? {
          admission: {
            date: bill.admission.date,
            ...(bill.admission.hour ? { hour: bill.admission.hour } : {}),
          },
        }
      : {}),
    ...(bill.dischargeHour ? { dischargeHour: bill.dischargeHour } : {}),
    ...(bill.admission?.type ? { admissionType: bill.admission.type } : {}),
    ...(bill.admission?.pointOfOrigin ? { admissionSource: bill.admission.pointOfOrigin } : {}),
    patientStatus: bill.patientStatus,
    medicalRecordNumber: parties.patient.accountNumber,
    principalDiagnosis: diagnosis(bill.principalDiagnosis),
    ...(bill.admittingDiagnosis ? { admittingDiagnosis: bill.admittingDiagnosis } : {}),
    ...(bill.occurrences.length > 0 ? { occurrences: bill.occurrences } : {}),
    ...(bill.valueCodes.length > 0 ? { values: bill.valueCodes } : {}),
    ...(bill.conditionCodes.length > 0 ? { conditions: bill.conditionCodes } : {}),
    ...(bill.otherDiagnoses.length > 0
      ? { otherDiagnoses: bill.otherDiagnoses.map(diagnosis) }
      : {}),
    ...(principalProcedure ? { principalProcedure } : {}),
    ...(otherProcedures.length > 0 ? { otherProcedures } : {}),
    attendingProvider: provider837(attending),
    ...(operating ? { operatingPhysician: provider837(operating) } : {}),
    ...(priorPayers.length > 0
      ? { otherPayers: priorPayers.map((p) => otherPayer837(p, patient)) }
      : {}),
    lines: lines.map(({ revenue, controlNumber, sequence }) => ({
      revenueCode: revenue.revenueCode,
      ...(revenue.procedureCode
        ? { procedureCode: revenue.procedureCode.code, modifiers: revenue.modifiers }
        : {}),
      charge: revenue.charge,
      unit: revenue.unitBasis,
      units: revenue.units,
      ...(outpatient ? { serviceDate: revenue.serviceDate } : {}),
      lineControlNumber: controlNumber,
      ...(priorPayers.length > 0
        ? { adjudications: institutionalLineAdjudications(priorPayers, sequence, revenue) }
        : {}),
    })),
  };
}

/**
 * 2430: how each earlier payer adjudicated the line with this sequence. SVD03 carries the
 * procedure only when the payer paid one (835 SVC01 HC); a line the payer paid by its revenue
 * code (SVC01 NU) has none, and SVD04 repeats the revenue code either way.
 */
function institutionalLineAdjudications(
  priorPayers: readonly PriorPayerParty[],
  sequence: number,
  revenue: InstitutionalClaimParties['lines'][number]['revenue'],
): LineAdjudication837i[] {
  return lineAdjudications(priorPayers, sequence, revenue.units).map(
    ({ procedureCode, modifiers, ...adjudication }) =>
      procedureCode === revenue.revenueCode
        ? adjudication
        : { ...adjudication, procedureCode, modifiers },
  );
}
