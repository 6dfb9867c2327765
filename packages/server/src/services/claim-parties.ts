import { conflict } from '@medbill/core';
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
  coveragesByIds,
  encounterParties,
  facilities,
  linesOfClaims,
  patientsByIds,
  payers,
  practices,
  providers,
  serviceLinesByIds,
} from '@medbill/db';
import { asBilled } from './billed-line.ts';
import { loadPriorPayersOf } from './prior-payer-parties.ts';
import type { PriorPayerParty } from './prior-payer-parties.ts';

/** Everything a claim refers to, loaded once: the parties, its lines and their service lines. */
export interface ClaimParties {
  readonly practice: Practice;
  readonly payer: Payer;
  readonly coverage: Coverage;
  readonly patient: Patient;
  readonly rendering: Provider;
  readonly referring?: Provider;
  readonly supervising?: Provider;
  readonly facility?: Facility;
  readonly lines: readonly (ClaimLineRecord & { readonly service: Encounter['lines'][number] })[];
}

/** A claim's parties and the earlier payers' adjudications it carries (secondary, tertiary). */
export interface ClaimPartiesWithPriors extends ClaimParties {
  readonly priorPayers: readonly PriorPayerParty[];
}

export async function loadClaimParties(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
): Promise<ClaimParties> {
  const [parties] = await loadPartiesOfClaims(q, orgId, [claim]);
  if (!parties) throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
  return parties;
}

/**
 * The parties of many claims, in the claims' order, in about ten queries whatever their number.
 * The referring and supervising providers and the facility are those of the encounter of the
 * claim's first line.
 */
export async function loadPartiesOfClaims(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<ClaimPartiesWithPriors[]> {
  const facilityClaim = claims.find((c) => c.kind === 'institutional');
  if (facilityClaim)
    throw conflict(
      `Claim ${facilityClaim.claimNumber} is a facility claim (UB-04): this works on professional claims only.`,
    );
  const claimIds = claims.map((c) => c.id);
  const linesByClaim = await linesOfClaims(q, orgId, claimIds);
  const allLines = [...linesByClaim.values()].flat();
  const services = new Map(
    (await serviceLinesByIds(q, orgId, [...new Set(allLines.map((l) => l.serviceLineId))])).map(
      (s) => [s.id, s],
    ),
  );
  const firstEncounter = (claimId: string) => linesByClaim.get(claimId)?.[0]?.encounterId;
  const encounters = await encounterParties(
    q,
    orgId,
    claimIds.flatMap((id) => firstEncounter(id) ?? []),
  );
  const priorPayers = await loadPriorPayersOf(q, orgId, claimIds);
  const ids = (key: 'practiceId' | 'payerId' | 'coverageId' | 'patientId') =>
    claims.map((c) => c[key]);
  const named = [...encounters.values()];
  const [practiceById, payerById, coverageById, patientById, providerById, facilityById] =
    await Promise.all([
      practices.getMany(q, orgId, ids('practiceId')),
      payers.getMany(q, orgId, ids('payerId')),
      coveragesByIds(q, orgId, ids('coverageId')),
      patientsByIds(q, orgId, ids('patientId')),
      providers.getMany(q, orgId, [
        ...claims.map((c) => c.renderingProviderId),
        ...named.flatMap((e) =>
          [e.referringProviderId ?? [], e.supervisingProviderId ?? []].flat(),
        ),
      ]),
      facilities.getMany(
        q,
        orgId,
        named.flatMap((e) => e.facilityId ?? []),
      ),
    ]);
  return claims.map((claim) => {
    const practice = practiceById.get(claim.practiceId);
    const payer = payerById.get(claim.payerId);
    const coverage = coverageById.get(claim.coverageId);
    const patient = patientById.get(claim.patientId);
    const rendering = providerById.get(claim.renderingProviderId);
    if (!practice || !payer || !coverage || !patient || !rendering)
      throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
    const encounterId = firstEncounter(claim.id);
    const first = encounterId ? encounters.get(encounterId) : undefined;
    const referring = first?.referringProviderId
      ? providerById.get(first.referringProviderId)
      : undefined;
    const supervising = first?.supervisingProviderId
      ? providerById.get(first.supervisingProviderId)
      : undefined;
    const facility = first?.facilityId ? facilityById.get(first.facilityId) : undefined;
    return {
      practice,
      payer,
      coverage,
      patient,
      rendering,
      ...(referring ? { referring } : {}),
      ...(supervising ? { supervising } : {}),
      ...(facility ? { facility } : {}),
      lines: (linesByClaim.get(claim.id) ?? []).map((l) => {
        const service = services.get(l.serviceLineId);
        if (!service)
          throw new Error(`claim ${claim.claimNumber} line ${l.sequence} lost its service line`);
        return { ...l, service: asBilled(service, l.billed) };
      }),
      priorPayers: priorPayers.get(claim.id) ?? [],
    };
  });
}
