import type { Coverage, IsoDate, PriorAdjudication } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import {
  claimLines,
  getClaim,
  getPatient,
  insertClaim,
  insertPriorPayer,
  laterPayerClaims,
  nextClaimNumber,
  priorPayersOf,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaim } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';

export interface NextPayerClaim {
  readonly claimNumber: string;
  readonly outcome: 'built' | 'exists';
  readonly status: string;
}

const RESPONSIBILITY = { primary: 'P', secondary: 'S', tertiary: 'T' } as const;

/**
 * Bills the next payer after a payer's 835 was posted: a new claim (frequency 1) to the next
 * coverage with the same lines and diagnoses, linked to the adjudicated claim, carrying every
 * earlier payer's adjudication (the claim's own earlier payers, then this one) for 837P
 * 2320/2330B/2430. It is scrubbed like any claim: ready when clean, else a draft in the claims
 * list. A second 835 for the same claim finds the claim already built. Call inside the
 * posting transaction.
 */
export async function billNextPayer(
  q: Queryable,
  ctx: RequestContext,
  claim: ClaimRecord,
  coverages: { readonly billed: Coverage; readonly next: Coverage },
  adjudication: PriorAdjudication,
  meta: {
    readonly adjudicatedOn: IsoDate;
    readonly fileId: string;
    readonly payerName: string;
    readonly scrub: ScrubOptions;
  },
): Promise<NextPayerClaim> {
  const existing = await nextPayerClaimOf(q, ctx.orgId, claim, coverages.next.id);
  if (existing)
    return { claimNumber: existing.claimNumber, outcome: 'exists', status: existing.status };
  const patient = await getPatient(q, ctx.orgId, claim.patientId);
  if (!patient) throw new Error(`claim ${claim.claimNumber} lost its patient`);
  const lines = await claimLines(q, ctx.orgId, claim.id);
  const built = await insertClaim(
    q,
    ctx.orgId,
    {
      claimNumber: await nextClaimNumber(q, patient.accountNumber),
      patientId: claim.patientId,
      coverageId: coverages.next.id,
      payerId: coverages.next.payerId,
      practiceId: claim.practiceId,
      renderingProviderId: claim.renderingProviderId,
      placeOfService: claim.placeOfService,
      serviceDateFrom: claim.serviceDateFrom,
      serviceDateTo: claim.serviceDateTo,
      diagnoses: claim.diagnoses,
      totalCharge: claim.totalCharge,
      lines: lines.map(({ controlNumber: _c, ...line }) => line),
      priorPayerClaimId: claim.id,
    },
    ctx.actor.id,
    `${coverages.next.order} claim after ${meta.payerName}'s 835 on claim ${claim.claimNumber}`,
  );
  const earlier = await priorPayersOf(q, ctx.orgId, claim.id);
  for (const prior of earlier) await insertPriorPayer(q, ctx.orgId, built.id, prior);
  const sequenceOf = new Map(lines.map((l) => [l.serviceLineId, l.sequence]));
  await insertPriorPayer(q, ctx.orgId, built.id, {
    position: earlier.length + 1,
    priorClaimId: claim.id,
    coverageId: coverages.billed.id,
    responsibility: RESPONSIBILITY[coverages.billed.order],
    adjudicatedOn: meta.adjudicatedOn,
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
    remittanceFileId: meta.fileId,
  });
  const scrubbed = await scrubStoredClaim(q, ctx, built.id, meta.scrub);
  return { claimNumber: built.claimNumber, outcome: 'built', status: scrubbed.status };
}

/**
 * The next payer's claim already built from this claim or an earlier version of it: a corrected
 * primary claim paid again does not bill the secondary twice (its claim is corrected instead).
 */
async function nextPayerClaimOf(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
  coverageId: string,
): Promise<ClaimRecord | undefined> {
  for (let version: ClaimRecord | undefined = claim; version !== undefined;) {
    const built = (await laterPayerClaims(q, orgId, version.id)).find(
      (c) => c.coverageId === coverageId && c.previousVersionId === undefined,
    );
    if (built) return built;
    version = version.previousVersionId
      ? await getClaim(q, orgId, version.previousVersionId)
      : undefined;
  }
  return undefined;
}
