import { invalid, medicareSecondaryProblem, PAYER_RESPONSIBILITY_CODES } from '@medbill/core';
import type { Address, ClaimConditions, Patient, Problem, Provider } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import type {
  Claim837p,
  LineAdjudication837p,
  OtherPayer837p,
  Provider837p,
  X12Address,
} from '@medbill/x12';
import { loadPartiesOfClaims } from './claim-parties.ts';
import type { ClaimParties, ClaimPartiesWithPriors } from './claim-parties.ts';
import type { PriorPayerParty } from './prior-payer-parties.ts';

export const address = (a: Address): X12Address => ({
  line1: a.line1,
  ...(a.line2 ? { line2: a.line2 } : {}),
  city: a.city,
  state: a.state,
  zip: a.zip,
});

export const provider837 = (p: Provider): Provider837p => ({
  lastName: p.lastName,
  firstName: p.firstName,
  npi: p.npi,
  ...(p.taxonomy ? { taxonomy: p.taxonomy } : {}),
});

/**
 * Stored claims as the 837P builder takes them, in their order: billing provider (2010AA),
 * subscriber and payer (2000B/2010BA/2010BB), the patient when not the subscriber (2000C),
 * providers and facility (2310x) and each line with its control number (2400 REF*6R).
 */
export async function assemble837p(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<Claim837p[]> {
  const institutional = claims.find((c) => c.kind !== 'professional');
  if (institutional) throw new Error(`claim ${institutional.claimNumber} is not an 837P claim`);
  const parties = await loadPartiesOfClaims(q, orgId, claims);
  const problems = claims.flatMap((claim, i) => {
    const claimParties = parties[i];
    const problem =
      claimParties && medicareSecondaryProblem(claimParties.payer, claimParties.coverage);
    return problem ? [located(claim, problem)] : [];
  });
  if (problems.length > 0)
    throw invalid(
      'Medicare is billed as a secondary payer without the reason; no 837P was made.',
      problems,
    );
  return claims.map((claim, i) => {
    const claimParties = parties[i];
    if (!claimParties) throw new Error(`claim ${claim.claimNumber} has no parties`);
    return claim837p(claim, claimParties);
  });
}

const located = (claim: ClaimRecord, problem: Problem): Problem => ({
  ...problem,
  path: `claim ${claim.claimNumber}.${problem.path}`,
});

function claim837p(claim: ClaimRecord, parties: ClaimPartiesWithPriors): Claim837p {
  const { practice, rendering, referring, facility, lines, priorPayers, patient } = parties;
  return {
    billingProvider: {
      name: practice.name,
      npi: practice.npi,
      taxonomy: practice.taxonomy,
      ...(practice.tin.kind === 'EIN'
        ? { ein: practice.tin.digits }
        : { ssn: practice.tin.digits }),
      address: address(practice.address),
      ...(practice.payToAddress ? { payToAddress: address(practice.payToAddress) } : {}),
    },
    ...subscriberAndPatient(parties),
    patientControlNumber: claim.claimNumber,
    totalCharge: claim.totalCharge,
    placeOfService: claim.placeOfService,
    // The claims table allows a professional claim only 1, 7 or 8 (migration 0013).
    frequency: claim.frequency as Claim837p['frequency'],
    ...(claim.payerClaimNumber ? { payerClaimNumber: claim.payerClaimNumber } : {}),
    ...conditions837p(claim.conditions),
    ...(priorPayers.length > 0
      ? { otherPayers: priorPayers.map((p) => otherPayer837(p, patient)) }
      : {}),
    diagnoses: claim.diagnoses,
    renderingProvider: provider837(rendering),
    ...(referring ? { referringProvider: provider837(referring) } : {}),
    ...(facility
      ? {
          serviceFacility: {
            name: facility.name,
            ...(facility.npi ? { npi: facility.npi } : {}),
            address: address(facility.address),
          },
        }
      : {}),
    lines: lines.map((l) => {
      const line = l.service;
      return {
        procedureCode: line.procedureCode.code,
        modifiers: line.modifiers,
        charge: line.charge,
        units: line.units,
        pointers: l.diagnosisPointers,
        serviceDate: line.serviceDate,
        lineControlNumber: l.controlNumber,
        ...(line.ndc
          ? { ndc: { code: line.ndc.code, quantity: line.ndc.quantity, unit: line.ndc.unit } }
          : {}),
        ...(priorPayers.length > 0
          ? { adjudications: lineAdjudications(priorPayers, l.sequence, line.units) }
          : {}),
      };
    }),
  };
}

/** CLM11 related causes and the 2300 DTP*431/454/439 dates, as far as the claim has them. */
function conditions837p(c: ClaimConditions): Partial<Claim837p> {
  return {
    ...(c.relatedCauses.length > 0 ? { relatedCauses: c.relatedCauses } : {}),
    ...(c.accidentState ? { autoAccidentState: c.accidentState } : {}),
    ...(c.onsetDate ? { onsetDate: c.onsetDate } : {}),
    ...(c.initialTreatmentDate ? { initialTreatmentDate: c.initialTreatmentDate } : {}),
    ...(c.accidentDate ? { accidentDate: c.accidentDate } : {}),
  };
}

/** 2000B/2010BA subscriber, 2010BB payer and 2000C patient (when not the subscriber), as both 837s send them. */
export function subscriberAndPatient({
  payer,
  coverage,
  patient,
}: Pick<ClaimParties, 'payer' | 'coverage' | 'patient'>): Pick<
  Claim837p,
  'subscriber' | 'payer' | 'patient'
> {
  const self = coverage.relationship === '18';
  const subscriberPerson = coverage.subscriber ?? patient;
  return {
    subscriber: {
      payerResponsibility: PAYER_RESPONSIBILITY_CODES[coverage.order],
      patientIsSubscriber: self,
      ...(coverage.groupNumber ? { groupNumber: coverage.groupNumber } : {}),
      claimFilingIndicator: payer.claimFilingIndicator,
      ...(coverage.order !== 'primary' && coverage.medicareSecondaryType
        ? { medicareSecondaryType: coverage.medicareSecondaryType }
        : {}),
      lastName: subscriberPerson.lastName,
      firstName: subscriberPerson.firstName,
      ...(subscriberPerson.middleName ? { middleName: subscriberPerson.middleName } : {}),
      memberId: coverage.memberId.replaceAll('-', ''),
      address: address(subscriberPerson.address),
      dateOfBirth: subscriberPerson.dateOfBirth,
      sex: subscriberPerson.sex,
    },
    payer: {
      name: payer.name,
      payerId: payer.payerId,
      ...(payer.address ? { address: address(payer.address) } : {}),
    },
    ...(self
      ? {}
      : {
          patient: {
            relationship: coverage.relationship,
            lastName: patient.lastName,
            firstName: patient.firstName,
            ...(patient.middleName ? { middleName: patient.middleName } : {}),
            address: address(patient.address),
            dateOfBirth: patient.dateOfBirth,
            sex: patient.sex,
          },
        }),
  };
}

/** 2320/2330A/2330B: an earlier payer, its subscriber and its claim-level adjudication. */
export function otherPayer837(
  { record, coverage, payer }: PriorPayerParty,
  patient: Patient,
): OtherPayer837p {
  const subscriber = coverage.subscriber ?? patient;
  return {
    responsibility: record.responsibility,
    relationship: coverage.relationship,
    ...(coverage.groupNumber ? { groupNumber: coverage.groupNumber } : {}),
    claimFilingIndicator: payer.claimFilingIndicator,
    adjustments: record.claimAdjustments,
    paid: record.paid,
    ...(liabilityPerLine(record)
      ? {}
      : { remainingPatientLiability: record.patientResponsibility }),
    subscriber: {
      lastName: subscriber.lastName,
      firstName: subscriber.firstName,
      ...(subscriber.middleName ? { middleName: subscriber.middleName } : {}),
      memberId: coverage.memberId.replaceAll('-', ''),
    },
    payer: { name: payer.name, payerId: payer.payerId },
    adjudicatedOn: record.adjudicatedOn,
  };
}

/**
 * Whether the patient's remaining liability after this payer goes on its lines (2430 AMT*EAF)
 * rather than the claim (2320 AMT*EAF): when the payer adjudicated lines and left the patient
 * nothing at claim level. The TR3 sends it at one level only (X12 RFI 1391).
 */
function liabilityPerLine(record: PriorPayerParty['record']): boolean {
  return record.lines.length > 0 && !record.claimAdjustments.some((a) => a.group === 'PR');
}

/**
 * 2430: how each earlier payer adjudicated the line with this sequence, as its 835 SVC names it,
 * with AMT*EAF the line's PR adjustments (zero included: X12 RFI 1182) unless that payer's
 * liability goes on the claim ({@link liabilityPerLine}).
 */
export function lineAdjudications(
  priorPayers: readonly PriorPayerParty[],
  sequence: number,
  billedUnits: number,
): LineAdjudication837p[] {
  return priorPayers.flatMap(({ record, payer }) =>
    record.lines
      .filter((l) => l.sequence === sequence)
      .map((l) => ({
        payerId: payer.payerId,
        paid: l.paid,
        procedureCode: l.procedureCode,
        modifiers: l.modifiers,
        units: l.units ?? billedUnits,
        adjustments: l.adjustments,
        adjudicatedOn: record.adjudicatedOn,
        ...(liabilityPerLine(record)
          ? {
              remainingPatientLiability: l.adjustments
                .filter((a) => a.group === 'PR')
                .reduce((sum, a) => sum + a.amount, 0),
            }
          : {}),
      })),
  );
}
