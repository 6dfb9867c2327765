import type {
  Cents,
  Coverage,
  Patient,
  Payer,
  Practice,
  Provider,
  ScrubClaim,
} from '@medbill/core';
import type { ClaimRecord } from '@medbill/db';
import type { PriorPayerParty } from './prior-payer-parties.ts';

/** The parties a stored claim names whatever its kind. */
export interface ScrubClaimParties {
  readonly practice: Practice;
  readonly payer: Payer;
  readonly coverage: Coverage;
  readonly patient: Patient;
  readonly priorPayers: readonly PriorPayerParty[];
}

/**
 * The claim-level facts the scrubber reads the same way from a professional and an
 * institutional claim: everything but the place of service and the lines. `provider` is the
 * rendering provider (professional) or the attending provider (institutional).
 */
export function scrubClaimHeader(
  claim: ClaimRecord,
  { practice, payer, coverage, patient, priorPayers }: ScrubClaimParties,
  provider: Provider,
): Omit<ScrubClaim, 'kind' | 'placeOfService' | 'lines'> {
  const subscriber = coverage.subscriber ?? patient;
  return {
    claimNumber: claim.claimNumber,
    frequency: claim.frequency,
    ...(claim.payerClaimNumber ? { payerClaimNumber: claim.payerClaimNumber } : {}),
    billingProvider: {
      name: practice.name,
      npi: practice.npi,
      tin: practice.tin.digits,
      taxonomy: practice.taxonomy,
      zip: practice.address.zip,
    },
    renderingProvider: {
      npi: provider.npi,
      ...(provider.taxonomy ? { taxonomy: provider.taxonomy } : {}),
    },
    payer: {
      name: payer.name,
      payerId: payer.payerId,
      claimFilingIndicator: payer.claimFilingIndicator,
      timelyFilingDays: payer.timelyFilingDays,
    },
    subscriber: {
      memberId: coverage.memberId,
      lastName: subscriber.lastName,
      firstName: subscriber.firstName,
      dateOfBirth: subscriber.dateOfBirth,
    },
    relationship: coverage.relationship,
    patient: {
      accountNumber: patient.accountNumber,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex,
    },
    coverage: {
      order: coverage.order,
      effectiveFrom: coverage.effectiveFrom,
      ...(coverage.effectiveTo ? { effectiveTo: coverage.effectiveTo } : {}),
    },
    serviceDateFrom: claim.serviceDateFrom,
    serviceDateTo: claim.serviceDateTo,
    diagnoses: claim.diagnoses,
    conditions: claim.conditions,
    priorPayers: priorPayers.map(({ record, coverage: prior, payer: p }) => ({
      payerId: p.payerId,
      order: prior.order,
      paid: record.paid as Cents,
      adjudicatedOn: record.adjudicatedOn,
      lines: record.lines.map((l) => ({ line: l.sequence, paid: l.paid as Cents })),
    })),
  };
}
