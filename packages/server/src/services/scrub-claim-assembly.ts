import { applyRate, feeFor, isWithin } from '@medbill/core';
import type { ClaimOnFile, Cents, FeeSchedule, ScrubClaim, ScrubLine } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import {
  claimsOfPatients,
  feeSchedulesInForceOn,
  linesOfClaims,
  practices,
  providers,
  serviceLinesByIds,
} from '@medbill/db';
import { loadPartiesOfClaims } from './claim-parties.ts';
import type { ClaimPartiesWithPriors } from './claim-parties.ts';

/**
 * Assembles stored claims into the plain data the scrubber reads: billing provider, payer,
 * subscriber, patient, coverage, and each line with the fee schedule's price beside its charge.
 * A few queries for all the claims; the result is in the claims' order.
 */
export async function assembleScrubClaims(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<{ claim: ScrubClaim; parties: ClaimPartiesWithPriors }[]> {
  const parties = await loadPartiesOfClaims(q, orgId, claims);
  const schedules = await feeSchedulesInForceOn(
    q,
    orgId,
    [...new Set(claims.map((c) => c.serviceDateFrom))],
    [...new Set(parties.flatMap((p) => p.lines.map((l) => l.service.procedureCode.code)))],
  );
  return claims.map((claim, i) => {
    const claimParties = parties[i];
    if (!claimParties) throw new Error(`claim ${claim.claimNumber} has no parties`);
    const inForce = schedules.filter((s) =>
      isWithin(
        claim.serviceDateFrom,
        s.effectiveTo ? { from: s.effectiveFrom, to: s.effectiveTo } : { from: s.effectiveFrom },
      ),
    );
    return { claim: scrubClaimOf(claim, claimParties, inForce), parties: claimParties };
  });
}

function scrubClaimOf(
  claim: ClaimRecord,
  {
    practice,
    payer,
    coverage,
    patient,
    rendering,
    facility,
    lines,
    priorPayers,
  }: ClaimPartiesWithPriors,
  schedules: readonly FeeSchedule[],
): ScrubClaim {
  const scrubLines: ScrubLine[] = lines.map((claimLine) => {
    const line = claimLine.service;
    const fee = feeFor(schedules, line.procedureCode.code, line.modifiers, line.serviceDate);
    return {
      procedure: line.procedureCode,
      modifiers: line.modifiers,
      units: line.units,
      charge: line.charge,
      ...(fee === undefined ? {} : { scheduledCharge: applyRate(fee, String(line.units)) }),
      chargeOverridden: line.chargeEntered,
      diagnosisPointers: claimLine.diagnosisPointers,
      serviceDate: line.serviceDate,
      ...(line.ndc ? { ndc: line.ndc } : {}),
    };
  });
  const subscriber = coverage.subscriber ?? patient;
  return {
    claimNumber: claim.claimNumber,
    kind: 'professional',
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
      npi: rendering.npi,
      ...(rendering.taxonomy ? { taxonomy: rendering.taxonomy } : {}),
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
    placeOfService: facility?.placeOfService ?? claim.placeOfService,
    serviceDateFrom: claim.serviceDateFrom,
    serviceDateTo: claim.serviceDateTo,
    diagnoses: claim.diagnoses,
    lines: scrubLines,
    priorPayers: priorPayers.map(({ record, coverage: prior, payer: p }) => ({
      payerId: p.payerId,
      order: prior.order,
      paid: record.paid as Cents,
      adjudicatedOn: record.adjudicatedOn,
      lines: record.lines.map((l) => ({ line: l.sequence, paid: l.paid as Cents })),
    })),
  };
}

/**
 * For each claim, the patient's other claims to the same payer (not void), as the duplicate
 * rules compare against: the same service billed to the next payer is coordination of benefits,
 * not a duplicate. Claims built in one run are scrubbed as if each came before the ones built
 * after it: `buildOrder` gives their positions. One query for all the claims.
 */
export async function claimsOnFileOf(
  q: Queryable,
  orgId: string,
  claims: readonly { readonly claim: ClaimRecord; readonly accountNumber: string }[],
  buildOrder: ReadonlyMap<string, number> = new Map(),
): Promise<ClaimOnFile[][]> {
  if (claims.length === 0) return [];
  // Table by table rather than one join: just after a large build the planner has no statistics
  // and would join these tables by nested loops, quadratic in the number of claims.
  const onFile = (
    await claimsOfPatients(q, orgId, [...new Set(claims.map((c) => c.claim.patientId))])
  ).filter((c) => c.status !== 'void');
  const linesByClaim = await linesOfClaims(
    q,
    orgId,
    onFile.map((c) => c.id),
  );
  const lineIds = [...new Set([...linesByClaim.values()].flat().map((l) => l.serviceLineId))];
  const [services, renderings, billings] = await Promise.all([
    serviceLinesByIds(q, orgId, lineIds),
    providers.getMany(
      q,
      orgId,
      onFile.map((c) => c.renderingProviderId),
    ),
    practices.getMany(
      q,
      orgId,
      onFile.map((c) => c.practiceId),
    ),
  ]);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const byPatientPayer = new Map<string, ClaimRecord[]>();
  for (const claim of onFile.sort((a, b) => (a.claimNumber < b.claimNumber ? -1 : 1))) {
    const key = `${claim.patientId}/${claim.payerId}`;
    const group = byPatientPayer.get(key) ?? [];
    group.push(claim);
    byPatientPayer.set(key, group);
  }
  return claims.map(({ claim, accountNumber }) => {
    const position = buildOrder.get(claim.id) ?? Infinity;
    return (byPatientPayer.get(`${claim.patientId}/${claim.payerId}`) ?? [])
      .filter((other) => other.id !== claim.id && (buildOrder.get(other.id) ?? -1) <= position)
      .flatMap((other) => {
        const rendering = renderings.get(other.renderingProviderId);
        const billing = billings.get(other.practiceId);
        const lines = (linesByClaim.get(other.id) ?? []).flatMap((l) => {
          const service = serviceById.get(l.serviceLineId);
          return service ? [service] : [];
        });
        if (!rendering || !billing || lines.length === 0) return [];
        return [
          {
            claimNumber: other.claimNumber,
            patientAccountNumber: accountNumber,
            renderingProviderNpi: rendering.npi.trim(),
            billingProviderNpi: billing.npi.trim(),
            ...(rendering.taxonomy ? { renderingTaxonomy: rendering.taxonomy } : {}),
            lines: lines.map((s) => ({
              serviceDate: s.serviceDate,
              procedureCode: s.procedureCode.code,
              modifiers: s.modifiers,
              units: s.units,
            })),
          },
        ];
      });
  });
}
