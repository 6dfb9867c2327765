import type {
  Coverage,
  Encounter,
  Facility,
  Patient,
  Payer,
  Practice,
  Provider,
} from '@medbill/core';
import type { ClaimLineRecord, ClaimRecord, Queryable } from '@medbill/db';
import {
  claimLines,
  facilities,
  getCoverage,
  getEncounter,
  getPatient,
  payers,
  practices,
  providers,
} from '@medbill/db';

/** Everything a claim refers to, loaded once: the parties, its lines and their service lines. */
export interface ClaimParties {
  readonly practice: Practice;
  readonly payer: Payer;
  readonly coverage: Coverage;
  readonly patient: Patient;
  readonly rendering: Provider;
  readonly referring?: Provider;
  readonly facility?: Facility;
  readonly lines: readonly (ClaimLineRecord & { readonly service: Encounter['lines'][number] })[];
}

export async function loadClaimParties(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
): Promise<ClaimParties> {
  const [practice, payer, coverage, patient, rendering, lines] = await Promise.all([
    practices.get(q, orgId, claim.practiceId),
    payers.get(q, orgId, claim.payerId),
    getCoverage(q, orgId, claim.coverageId),
    getPatient(q, orgId, claim.patientId),
    providers.get(q, orgId, claim.renderingProviderId),
    claimLines(q, orgId, claim.id),
  ]);
  if (!practice || !payer || !coverage || !patient || !rendering)
    throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
  const encounters = new Map<string, Encounter>();
  for (const id of new Set(lines.map((l) => l.encounterId))) {
    const encounter = await getEncounter(q, orgId, id);
    if (encounter) encounters.set(id, encounter);
  }
  const first = encounters.values().next().value;
  const referring = first?.referringProviderId
    ? await providers.get(q, orgId, first.referringProviderId)
    : undefined;
  const facility = first?.facilityId ? await facilities.get(q, orgId, first.facilityId) : undefined;
  return {
    practice,
    payer,
    coverage,
    patient,
    rendering,
    ...(referring ? { referring } : {}),
    ...(facility ? { facility } : {}),
    lines: lines.map((l) => {
      const service = encounters.get(l.encounterId)?.lines.find((s) => s.id === l.serviceLineId);
      if (!service)
        throw new Error(`claim ${claim.claimNumber} line ${l.sequence} lost its service line`);
      return { ...l, service };
    }),
  };
}
