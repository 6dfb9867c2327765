import type { Coverage, IsoDate, PriorAdjudication } from '@medbill/core';
import type {
  ClaimLineRecord,
  ClaimRecord,
  NewClaim,
  PriorPayerRecord,
  Queryable,
} from '@medbill/db';
import {
  claimVersionChains,
  facilityBillFrequencies,
  insertClaims,
  insertPriorPayers,
  laterPayerClaimsOf,
  linesOfClaims,
  moveClaimStatus,
  moveClaimStatuses,
  newestVersionsOf,
  nextClaimNumbers,
  patientsByIds,
  priorPayersOfClaims,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaims } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';

export interface NextPayerClaim {
  readonly claimNumber: string;
  /** `rebuilt`: a new version of a claim held stale, carrying the new adjudication. */
  readonly outcome: 'built' | 'rebuilt' | 'exists';
  readonly status: string;
}

/** One adjudicated claim whose remaining balance the next payer is billed for. */
export interface NextPayerRequest {
  readonly claim: ClaimRecord;
  readonly coverages: { readonly billed: Coverage; readonly next: Coverage };
  readonly adjudication: PriorAdjudication;
  readonly adjudicatedOn: IsoDate;
  readonly fileId: string;
  readonly payerName: string;
  /**
   * CLP02 19/20/21: the payer forwarded the claim itself, so the next payer's claim is recorded
   * as crossed over (sent, never batched by medbill) instead of billed.
   */
  readonly crossover?: string;
}

const RESPONSIBILITY = { primary: 'P', secondary: 'S', tertiary: 'T' } as const;

type Plan =
  | { readonly kind: 'exists'; readonly claim: ClaimRecord }
  | { readonly kind: 'build'; readonly request: NextPayerRequest; readonly stale?: ClaimRecord }
  | { readonly kind: 'same-as'; readonly index: number };

/**
 * Bills the next payers after a payer's 835 was posted, for a whole file at once: for each
 * request, a new claim of the same kind to the next coverage with the same lines and diagnoses,
 * linked to the adjudicated claim, carrying every earlier payer's adjudication (the claim's own
 * earlier payers, then this one) for 2320/2330B/2430 of the 837P or 837I, in a few statements
 * whatever their number. It is an original: frequency 1, or on a facility claim the frequency
 * its facility bill was first sent with (an interim bill stays interim). Each is scrubbed like
 * any claim: ready when clean, else a draft in the claims list; a crossover's claim is not
 * scrubbed but crossed over, since the earlier payer sent it.
 * A claim already built to that payer from this claim or an earlier version of it is not built
 * again — unless it was held stale (its adjudication no longer stood): then it is rebuilt as its
 * next version and the stale one is voided. Outcomes come in the requests' order. Call inside
 * the posting transaction.
 */
export async function billNextPayers(
  q: Queryable,
  ctx: RequestContext,
  requests: readonly NextPayerRequest[],
  scrub: ScrubOptions,
): Promise<NextPayerClaim[]> {
  const plans = await planNextPayerClaims(q, ctx.orgId, requests);
  const builds = plans.flatMap((plan, index) => (plan.kind === 'build' ? [{ plan, index }] : []));
  const built = await buildNextPayerClaims(
    q,
    ctx,
    builds.map((b) => b.plan),
    scrub,
  );
  const builtAt = new Map(builds.map((b, i) => [b.index, built[i]]));
  const outcomeOf = (index: number): NextPayerClaim => {
    const plan = plans[index];
    if (plan?.kind === 'exists') {
      const { claim } = plan;
      return { claimNumber: claim.claimNumber, outcome: 'exists', status: claim.status };
    }
    // A second payment of the same claim in the file finds what the first one built.
    if (plan?.kind === 'same-as') return { ...outcomeOf(plan.index), outcome: 'exists' };
    const made = builtAt.get(index);
    if (!made) throw new Error('a next-payer claim planned was not built');
    return made;
  };
  return plans.map((_, index) => outcomeOf(index));
}

/**
 * What each request needs: the claim already built to its next payer (from the claim or an
 * earlier version of it; a second payment of the same claim in the file finds the first), a
 * rebuild of one held stale, or a new claim.
 */
async function planNextPayerClaims(
  q: Queryable,
  orgId: string,
  requests: readonly NextPayerRequest[],
): Promise<Plan[]> {
  const chains = await claimVersionChains(
    q,
    orgId,
    requests.map((r) => r.claim.id),
  );
  const firstVersionsByPrior = new Map<string, ClaimRecord[]>();
  for (const claim of await laterPayerClaimsOf(q, orgId, [
    ...new Set([...chains.values()].flat()),
  ])) {
    if (claim.previousVersionId !== undefined || claim.priorPayerClaimId === undefined) continue;
    const found = firstVersionsByPrior.get(claim.priorPayerClaimId) ?? [];
    found.push(claim);
    firstVersionsByPrior.set(claim.priorPayerClaimId, found);
  }
  const existing = requests.map((r) =>
    (chains.get(r.claim.id) ?? [])
      .flatMap((id) => firstVersionsByPrior.get(id) ?? [])
      .find((c) => c.coverageId === r.coverages.next.id),
  );
  const newest = await newestVersionsOf(
    q,
    orgId,
    existing.flatMap((c) => (c ? [c.id] : [])),
  );
  const firstFor = new Map<string, number>();
  return requests.map((request, index): Plan => {
    const chain = chains.get(request.claim.id) ?? [request.claim.id];
    const key = `${chain.at(-1) ?? request.claim.id}:${request.coverages.next.id}`;
    const first = firstFor.get(key);
    if (first !== undefined) return { kind: 'same-as', index: first };
    firstFor.set(key, index);
    const found = existing[index];
    const current = found && (newest.get(found.id) ?? found);
    if (!current) return { kind: 'build', request };
    return current.staleReason !== undefined && current.status === 'draft'
      ? { kind: 'build', request, stale: current }
      : { kind: 'exists', claim: current };
  });
}

async function buildNextPayerClaims(
  q: Queryable,
  ctx: RequestContext,
  builds: readonly Extract<Plan, { kind: 'build' }>[],
  scrub: ScrubOptions,
): Promise<NextPayerClaim[]> {
  if (builds.length === 0) return [];
  const claimIds = builds.map((b) => b.request.claim.id);
  const [patients, lines, earlier] = await Promise.all([
    patientsByIds(
      q,
      ctx.orgId,
      builds.map((b) => b.request.claim.patientId),
    ),
    linesOfClaims(q, ctx.orgId, claimIds),
    priorPayersOfClaims(q, ctx.orgId, claimIds),
  ]);
  const billFrequencies = await facilityBillFrequencies(
    q,
    ctx.orgId,
    builds.flatMap(({ request }) =>
      request.claim.kind === 'institutional'
        ? (lines.get(request.claim.id)?.[0]?.encounterId ?? [])
        : [],
    ),
  );
  const frequencyOf = (claim: ClaimRecord): ClaimRecord['frequency'] => {
    if (claim.kind !== 'institutional') return '1';
    const billId = lines.get(claim.id)?.[0]?.encounterId;
    const frequency = billId === undefined ? undefined : billFrequencies.get(billId);
    if (!frequency) throw new Error(`facility claim ${claim.claimNumber} lost its facility bill`);
    return frequency;
  };
  const numbers = await nextClaimNumbers(
    q,
    builds.map((b) => {
      const patient = patients.get(b.request.claim.patientId);
      if (!patient) throw new Error(`claim ${b.request.claim.claimNumber} lost its patient`);
      return patient.accountNumber;
    }),
  );
  const inserted = await insertClaims(
    q,
    ctx.orgId,
    builds.map(({ request, stale }, i) => ({
      claim: nextPayerClaim(
        request,
        { claimNumber: numbers[i] ?? '', frequency: frequencyOf(request.claim) },
        lines.get(request.claim.id) ?? [],
        stale,
      ),
      reason: `${request.coverages.next.order} claim after ${request.payerName}'s 835 on claim ${request.claim.claimNumber}${stale ? `, rebuilding claim ${stale.claimNumber}` : ''}`,
    })),
    ctx.actor.id,
  );
  await insertPriorPayers(
    q,
    ctx.orgId,
    builds.flatMap(({ request }, i) => {
      const claimId = inserted[i]?.id ?? '';
      const before = earlier.get(request.claim.id) ?? [];
      return [
        ...before.map((record) => ({ claimId, record })),
        {
          claimId,
          record: adjudicationRecord(request, before.length + 1, lines.get(request.claim.id) ?? []),
        },
      ];
    }),
  );
  for (const [i, { request, stale }] of builds.entries()) {
    if (!stale) continue;
    const replaced = await moveClaimStatus(
      q,
      ctx.orgId,
      stale.id,
      'draft',
      'void',
      ctx.actor.id,
      `rebuilt as claim ${inserted[i]?.claimNumber ?? ''} with ${request.payerName}'s new adjudication of claim ${request.claim.claimNumber}`,
    );
    if (!replaced) throw new Error(`claim ${stale.claimNumber} left draft while being rebuilt`);
  }
  const crossedOver = await crossOver(q, ctx, inserted, builds);
  const toScrub = inserted.filter((claim) => !crossedOver.has(claim.id));
  const outcomes =
    toScrub.length > 0 ? await scrubStoredClaims(q, ctx, toScrub, scrub, { asBuilt: true }) : [];
  const scrubbed = new Map(outcomes.map((o, i) => [toScrub[i]?.id, o.status]));
  return inserted.map((claim, i) => ({
    claimNumber: claim.claimNumber,
    outcome: builds[i]?.stale ? 'rebuilt' : 'built',
    status: crossedOver.has(claim.id) ? 'crossed_over' : (scrubbed.get(claim.id) ?? claim.status),
  }));
}

/** Moves the claims built for a crossover to crossed over, saying which payer sent them. */
async function crossOver(
  q: Queryable,
  ctx: RequestContext,
  inserted: readonly ClaimRecord[],
  builds: readonly Extract<Plan, { kind: 'build' }>[],
): Promise<Set<string>> {
  const moved = new Set<string>();
  for (const [i, { request }] of builds.entries()) {
    const claim = inserted[i];
    if (!claim || request.crossover === undefined) continue;
    const done = await moveClaimStatuses(q, ctx.orgId, [claim.id], {
      from: 'draft',
      to: 'crossed_over',
      actorId: ctx.actor.id,
      reason: `forwarded by ${request.payerName} (crossover, CLP02 ${request.crossover})`,
    });
    for (const id of done) moved.add(id);
  }
  return moved;
}

function nextPayerClaim(
  { claim, coverages }: NextPayerRequest,
  { claimNumber, frequency }: { claimNumber: string; frequency: ClaimRecord['frequency'] },
  lines: readonly ClaimLineRecord[],
  stale: ClaimRecord | undefined,
): NewClaim {
  return {
    kind: claim.kind,
    claimNumber,
    frequency,
    patientId: claim.patientId,
    coverageId: coverages.next.id,
    payerId: coverages.next.payerId,
    practiceId: claim.practiceId,
    renderingProviderId: claim.renderingProviderId,
    placeOfService: claim.placeOfService,
    serviceDateFrom: claim.serviceDateFrom,
    serviceDateTo: claim.serviceDateTo,
    diagnoses: claim.diagnoses,
    conditions: claim.conditions,
    ...(claim.facilityFacts ? { facilityFacts: claim.facilityFacts } : {}),
    totalCharge: claim.totalCharge,
    lines: lines.map(({ controlNumber: _c, ...line }) => line),
    priorPayerClaimId: claim.id,
    ...(stale ? { previousVersionId: stale.id, version: stale.version + 1 } : {}),
  };
}

/** This payer's adjudication as the next claim carries it, lines by their sequence there. */
function adjudicationRecord(
  request: NextPayerRequest,
  position: number,
  lines: readonly ClaimLineRecord[],
): PriorPayerRecord {
  const { adjudication, coverages } = request;
  const sequenceOf = new Map(lines.map((l) => [l.serviceLineId, l.sequence]));
  return {
    position,
    priorClaimId: request.claim.id,
    coverageId: coverages.billed.id,
    responsibility: RESPONSIBILITY[coverages.billed.order],
    adjudicatedOn: request.adjudicatedOn,
    paid: adjudication.paid,
    patientResponsibility: adjudication.patientResponsibility,
    claimAdjustments: adjudication.claimAdjustments,
    lines: adjudication.lines.flatMap((l) => {
      const sequence = sequenceOf.get(l.lineId);
      return sequence === undefined
        ? []
        : [
            {
              sequence,
              procedureCode: l.procedureCode,
              modifiers: l.modifiers,
              ...(l.units === undefined ? {} : { units: l.units }),
              paid: l.paid,
              adjustments: l.adjustments,
            },
          ];
    }),
    remittanceFileId: request.fileId,
  };
}
