import { buildClaims, invalid, isWithin } from '@medbill/core';
import type { BillableEncounter, Coverage, Encounter, LedgerEntry } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import {
  allItems,
  billedServiceLines,
  getEncounter,
  getPatient,
  insertClaim,
  listCoverages,
  listEncounters,
  nextClaimNumber,
  setEncounterStatus,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaim } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { postToLedger } from './ledger-posting.ts';

export interface BuiltClaim {
  readonly id: string;
  readonly claimNumber: string;
  readonly payerId: string;
  readonly lines: number;
  readonly totalCharge: number;
  readonly status: string;
  /** Scrubber findings on the new claim (details at GET /claims/{id}). */
  readonly issues: number;
}

export interface ClaimBuildResult {
  readonly claims: BuiltClaim[];
  readonly skipped: { readonly encounterId: string; readonly reason: string }[];
}

/**
 * Bills encounters: each encounter goes to the primary coverage in force on its date of
 * service; lines already on a claim are never billed twice; claims are created as drafts with
 * their charges posted to the ledger against the payer billed. An encounter with no coverage in
 * force is self-pay and is reported, not billed. Call inside a transaction.
 */
export async function buildClaimsFor(
  q: Queryable,
  ctx: RequestContext,
  encounterIds: readonly string[] | 'all-unbilled',
  scrub: ScrubOptions,
): Promise<ClaimBuildResult> {
  const encounters = await loadEncounters(q, ctx.orgId, encounterIds);
  const billed = await billedServiceLines(
    q,
    ctx.orgId,
    encounters.flatMap((e) => e.lines.map((l) => l.id)),
  );
  const skipped: ClaimBuildResult['skipped'] = [];
  const billable: BillableEncounter[] = [];
  const coveragesByPatient = new Map<string, Coverage[]>();
  for (const encounter of encounters) {
    const lines = encounter.lines.filter((l) => !billed.has(l.id));
    if (lines.length === 0) {
      skipped.push({
        encounterId: encounter.id,
        reason: encounter.lines.length === 0 ? 'no service lines' : 'already billed',
      });
      continue;
    }
    if (encounter.diagnoses.length === 0) {
      skipped.push({ encounterId: encounter.id, reason: 'not coded: no diagnosis' });
      continue;
    }
    const coverages =
      coveragesByPatient.get(encounter.patientId) ??
      (await listCoverages(q, ctx.orgId, encounter.patientId));
    coveragesByPatient.set(encounter.patientId, coverages);
    const primary = coverages.find(
      (c) => c.order === 'primary' && isWithin(encounter.serviceDateFrom, rangeOf(c)),
    );
    if (!primary) {
      skipped.push({
        encounterId: encounter.id,
        reason: `self-pay: no primary coverage in force on ${encounter.serviceDateFrom}`,
      });
      continue;
    }
    billable.push({ encounter: { ...encounter, lines }, coverageId: primary.id });
  }

  const claims: BuiltClaim[] = [];
  for (const draft of buildClaims(billable)) {
    const patient = await getPatient(q, ctx.orgId, draft.patientId);
    const coverage = coveragesByPatient
      .get(draft.patientId)
      ?.find((c) => c.id === draft.coverageId);
    if (!patient || !coverage)
      throw new Error(`claim draft for patient ${draft.patientId} lost its patient or coverage`);
    const claimNumber = await nextClaimNumber(q, patient.accountNumber);
    const claim = await insertClaim(
      q,
      ctx.orgId,
      {
        claimNumber,
        patientId: draft.patientId,
        coverageId: draft.coverageId,
        payerId: coverage.payerId,
        practiceId: draft.practiceId,
        renderingProviderId: draft.renderingProviderId,
        placeOfService: draft.placeOfService,
        serviceDateFrom: draft.serviceDateFrom,
        serviceDateTo: draft.serviceDateTo,
        diagnoses: draft.diagnoses,
        totalCharge: draft.totalCharge,
        lines: draft.lines.map((l, i) => ({
          sequence: i + 1,
          serviceLineId: l.serviceLineId,
          encounterId: l.encounterId,
          diagnosisPointers: l.diagnosisPointers,
        })),
      },
      ctx.actor.id,
      `built from ${draft.encounterIds.length} encounter(s)`,
    );
    const charges: LedgerEntry[] = draft.lines.map((l) => ({
      id: `charge:${l.serviceLineId}`,
      kind: 'charge',
      lineId: l.serviceLineId,
      postedOn: l.line.serviceDate,
      amount: l.line.charge,
      party: { kind: 'payer', coverageId: draft.coverageId },
    }));
    await postToLedger(q, ctx.orgId, charges, {
      source: `claim:${claim.id}`,
      actorId: ctx.actor.id,
    });
    const scrubbed = await scrubStoredClaim(q, ctx, claim.id, scrub);
    claims.push({
      id: claim.id,
      claimNumber,
      payerId: coverage.payerId,
      lines: draft.lines.length,
      totalCharge: draft.totalCharge,
      status: scrubbed.status,
      issues: scrubbed.issues.length,
    });
  }
  for (const encounter of billable)
    await setEncounterStatus(q, ctx.orgId, encounter.encounter.id, 'billed');
  return { claims, skipped };
}

const rangeOf = (c: Coverage) =>
  c.effectiveTo ? { from: c.effectiveFrom, to: c.effectiveTo } : { from: c.effectiveFrom };

async function loadEncounters(
  q: Queryable,
  orgId: string,
  ids: readonly string[] | 'all-unbilled',
): Promise<Encounter[]> {
  if (ids === 'all-unbilled') {
    const open = await allItems((page) => listEncounters(q, orgId, { status: 'open' }, page));
    const coded = await allItems((page) => listEncounters(q, orgId, { status: 'coded' }, page));
    return [...open, ...coded];
  }
  const found = await Promise.all(ids.map((id) => getEncounter(q, orgId, id)));
  const missing = ids.filter((_, i) => found[i] === undefined);
  if (missing.length > 0) {
    throw invalid(
      'Some encounters do not exist in this organization; nothing was billed.',
      missing.map((id) => ({
        path: 'encounterIds',
        code: 'exists',
        message: `no encounter ${id}`,
      })),
    );
  }
  return found.filter((e): e is Encounter => e !== undefined);
}
