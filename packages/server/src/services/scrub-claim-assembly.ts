import { applyRate, feeFor, isWithin } from '@medbill/core';
import type { ClaimOnFile, FeeSchedule, ScrubClaim, ScrubLine } from '@medbill/core';
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
import { loadInstitutionalParties } from './institutional-claim-parties.ts';
import { institutionalScrubClaim } from './institutional-scrub-assembly.ts';
import { scrubClaimHeader } from './scrub-claim-header.ts';
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
): Promise<ScrubClaim[]> {
  const professional = claims.filter((c) => c.kind === 'professional');
  const institutional = claims.filter((c) => c.kind === 'institutional');
  const assembled = new Map<string, ScrubClaim>();
  const facilityParties = await loadInstitutionalParties(q, orgId, institutional);
  institutional.forEach((claim, i) => {
    const parties = facilityParties[i];
    if (parties) assembled.set(claim.id, institutionalScrubClaim(claim, parties));
  });
  for (const [i, claim] of (await assembleProfessional(q, orgId, professional)).entries()) {
    const stored = professional[i];
    if (stored) assembled.set(stored.id, claim);
  }
  return claims.map((claim) => {
    const scrubClaim = assembled.get(claim.id);
    if (!scrubClaim) throw new Error(`claim ${claim.claimNumber} was not assembled`);
    return scrubClaim;
  });
}

async function assembleProfessional(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<ScrubClaim[]> {
  if (claims.length === 0) return [];
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
    return scrubClaimOf(claim, claimParties, inForce);
  });
}

function scrubClaimOf(
  claim: ClaimRecord,
  parties: ClaimPartiesWithPriors,
  schedules: readonly FeeSchedule[],
): ScrubClaim {
  const { rendering, facility, lines } = parties;
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
  return {
    ...scrubClaimHeader(claim, parties, rendering),
    kind: 'professional',
    placeOfService: facility?.placeOfService ?? claim.placeOfService,
    lines: scrubLines,
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
  // The duplicate rules compare professional service lines: facility claims are left out.
  const onFile = (
    await claimsOfPatients(q, orgId, [...new Set(claims.map((c) => c.claim.patientId))])
  ).filter((c) => c.status !== 'void' && c.kind === 'professional');
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
    if (claim.kind !== 'professional') return [];
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
