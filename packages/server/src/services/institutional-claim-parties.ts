import { FACILITY_FACT_KEYS, isFacilityTypeCode } from '@medbill/core';
import type {
  Coverage,
  FacilityBill,
  FacilityFacts,
  Patient,
  Payer,
  Practice,
  Provider,
  RevenueLine,
} from '@medbill/core';
import type { ClaimLineRecord, ClaimRecord, Queryable } from '@medbill/db';
import { asBilledRevenue } from './billed-line.ts';
import { loadPriorPayersOf } from './prior-payer-parties.ts';
import type { PriorPayerParty } from './prior-payer-parties.ts';
import {
  coveragesByIds,
  facilityBillsByIds,
  linesOfClaims,
  patientsByIds,
  payers,
  practices,
  providers,
  revenueLinesByIds,
} from '@medbill/db';

/**
 * Everything an institutional claim refers to: its parties, its facility bill with the UB-04
 * facts this claim version bills, and its lines, each revenue line as this version bills it (a
 * corrected version's changes applied).
 */
export interface InstitutionalClaimParties {
  readonly practice: Practice;
  readonly payer: Payer;
  readonly coverage: Coverage;
  readonly patient: Patient;
  readonly attending: Provider;
  readonly operating?: Provider;
  /**
   * The facility bill as the version bills it: its type of bill's facility type and attending
   * are the version's, and so are its UB-04 facts when a correction changed them.
   */
  readonly bill: FacilityBill;
  readonly lines: readonly (ClaimLineRecord & { readonly revenue: RevenueLine })[];
  /** The earlier payers' adjudications a secondary or tertiary claim carries (837I 2320/2430). */
  readonly priorPayers: readonly PriorPayerParty[];
}

/**
 * The parties of institutional claims, in the claims' order, in a few queries whatever their
 * number. A claim's UB-04 facts are its facility bill's (a billed bill no longer changes), or
 * the version's own when a correction (xx7) changed them; its facility type and attending are
 * the claim's own (place of service and rendering provider), which a correction may change too.
 * Every reader of the facts (837I, scrubber, UB-04, appeal letter) reads them here.
 */
export async function loadInstitutionalParties(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<InstitutionalClaimParties[]> {
  const linesByClaim = await linesOfClaims(
    q,
    orgId,
    claims.map((c) => c.id),
  );
  const allLines = [...linesByClaim.values()].flat();
  const billOf = (claimId: string) => linesByClaim.get(claimId)?.[0]?.encounterId;
  const [revenueLines, billById, priorPayers] = await Promise.all([
    revenueLinesByIds(
      q,
      orgId,
      allLines.map((l) => l.serviceLineId),
    ),
    facilityBillsByIds(
      q,
      orgId,
      claims.flatMap((c) => billOf(c.id) ?? []),
    ),
    loadPriorPayersOf(
      q,
      orgId,
      claims.map((c) => c.id),
    ),
  ]);
  const revenueById = new Map(revenueLines.map((l) => [l.id, l]));
  const bills = claims.map((claim) => {
    const billId = billOf(claim.id);
    const bill = billId ? billById.get(billId) : undefined;
    return bill && asBilledBy(claim, bill);
  });
  const [practiceById, payerById, coverageById, patientById, providerById] = await Promise.all([
    practices.getMany(
      q,
      orgId,
      claims.map((c) => c.practiceId),
    ),
    payers.getMany(
      q,
      orgId,
      claims.map((c) => c.payerId),
    ),
    coveragesByIds(
      q,
      orgId,
      claims.map((c) => c.coverageId),
    ),
    patientsByIds(
      q,
      orgId,
      claims.map((c) => c.patientId),
    ),
    providers.getMany(q, orgId, [
      ...claims.map((c) => c.renderingProviderId),
      ...bills.flatMap((b) => b?.operatingProviderId ?? []),
    ]),
  ]);
  return claims.map((claim, i) => {
    const bill = bills[i];
    const practice = practiceById.get(claim.practiceId);
    const payer = payerById.get(claim.payerId);
    const coverage = coverageById.get(claim.coverageId);
    const patient = patientById.get(claim.patientId);
    const attending = providerById.get(claim.renderingProviderId);
    if (!bill || !practice || !payer || !coverage || !patient || !attending)
      throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
    const operating = bill.operatingProviderId
      ? providerById.get(bill.operatingProviderId)
      : undefined;
    return {
      practice,
      payer,
      coverage,
      patient,
      attending,
      ...(operating ? { operating } : {}),
      bill,
      priorPayers: priorPayers.get(claim.id) ?? [],
      lines: (linesByClaim.get(claim.id) ?? []).map((l) => {
        const revenue = revenueById.get(l.serviceLineId);
        if (!revenue)
          throw new Error(`claim ${claim.claimNumber} line ${l.sequence} lost its revenue line`);
        return { ...l, revenue: asBilledRevenue(revenue, l.billed) };
      }),
    };
  });
}

/** The bill as a version bills it: the claim's facility type and attending, its facts if any. */
function asBilledBy(claim: ClaimRecord, bill: FacilityBill): FacilityBill {
  if (!isFacilityTypeCode(claim.placeOfService))
    throw new Error(`facility claim ${claim.claimNumber} has no facility type`);
  const billed = {
    ...bill,
    facilityType: claim.placeOfService,
    attendingProviderId: claim.renderingProviderId,
  };
  return claim.facilityFacts ? withFacts(billed, claim.facilityFacts) : billed;
}

/** The bill with the version's facts in place of the bill's, whole. */
function withFacts(bill: FacilityBill, facts: FacilityFacts): FacilityBill {
  const rest: Partial<FacilityBill> = { ...bill };
  for (const key of FACILITY_FACT_KEYS) delete rest[key];
  return { ...(rest as Omit<FacilityBill, keyof FacilityFacts>), ...facts };
}
