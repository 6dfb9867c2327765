import { buildClaims, invalid, isWithin } from '@medbill/core';
import type {
  BillableEncounter,
  ClaimDraft,
  Coverage,
  Encounter,
  LedgerEntry,
} from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import {
  allItems,
  billedServiceLines,
  coveragesOfPatients,
  encountersByIds,
  insertClaims,
  insertLedgerPostings,
  listEncounters,
  lockLedgerLines,
  nextClaimNumbers,
  patientsByIds,
  setEncounterStatuses,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaims } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { LedgerBooks } from './ledger-posting.ts';

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
  const coveragesByPatient = await coveragesOfPatients(q, ctx.orgId, [
    ...new Set(encounters.map((e) => e.patientId)),
  ]);
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
    const primary = coveragesByPatient
      .get(encounter.patientId)
      ?.find((c) => c.order === 'primary' && isWithin(encounter.serviceDateFrom, rangeOf(c)));
    if (!primary) {
      skipped.push({
        encounterId: encounter.id,
        reason: `self-pay: no primary coverage in force on ${encounter.serviceDateFrom}`,
      });
      continue;
    }
    billable.push({ encounter: { ...encounter, lines }, coverageId: primary.id });
  }

  const drafts = buildClaims(billable);
  const patients = await patientsByIds(
    q,
    ctx.orgId,
    drafts.map((d) => d.patientId),
  );
  const numbers = await nextClaimNumbers(
    q,
    drafts.map((d) => patients.get(d.patientId)?.accountNumber ?? ''),
  );
  const inserted = await insertClaims(
    q,
    ctx.orgId,
    drafts.map((draft, i) => {
      const coverage = coveragesByPatient
        .get(draft.patientId)
        ?.find((c) => c.id === draft.coverageId);
      if (!patients.has(draft.patientId) || !coverage)
        throw new Error(`claim draft for patient ${draft.patientId} lost its patient or coverage`);
      return {
        claim: {
          claimNumber: numbers[i] ?? '',
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
          lines: draft.lines.map((l, n) => ({
            sequence: n + 1,
            serviceLineId: l.serviceLineId,
            encounterId: l.encounterId,
            diagnosisPointers: l.diagnosisPointers,
          })),
        },
        reason: `built from ${draft.encounterIds.length} encounter(s)`,
      };
    }),
    ctx.actor.id,
  );
  await postCharges(
    q,
    ctx,
    inserted.map((claim, i) => ({ claim, lines: drafts[i]?.lines ?? [] })),
  );
  const scrubbed = await scrubStoredClaims(q, ctx, inserted, scrub, { asBuilt: true });
  await setEncounterStatuses(
    q,
    ctx.orgId,
    billable.map((b) => b.encounter.id),
    'billed',
  );
  return {
    claims: inserted.map((claim, i) => ({
      id: claim.id,
      claimNumber: claim.claimNumber,
      payerId: claim.payerId,
      lines: drafts[i]?.lines.length ?? 0,
      totalCharge: claim.totalCharge,
      status: scrubbed[i]?.status ?? claim.status,
      issues: scrubbed[i]?.issues.length ?? 0,
    })),
    skipped,
  };
}

/** Each new claim's line charges, owed by the payer billed, checked by the ledger and written at once. */
async function postCharges(
  q: Queryable,
  ctx: RequestContext,
  built: readonly { claim: ClaimRecord; lines: readonly ClaimDraft['lines'][number][] }[],
): Promise<void> {
  const postings = built.flatMap(({ claim, lines }) =>
    lines.map((l) => ({
      entry: {
        id: `charge:${l.serviceLineId}`,
        kind: 'charge',
        lineId: l.serviceLineId,
        postedOn: l.line.serviceDate,
        amount: l.line.charge,
        party: { kind: 'payer', coverageId: claim.coverageId },
      } satisfies LedgerEntry,
      source: `claim:${claim.id}`,
      actorId: ctx.actor.id,
    })),
  );
  const books = new LedgerBooks(
    await lockLedgerLines(
      q,
      ctx.orgId,
      postings.map((p) => p.entry.lineId),
    ),
  );
  books.post(postings.map((p) => p.entry));
  await insertLedgerPostings(q, ctx.orgId, postings);
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
  const byId = await encountersByIds(q, orgId, ids);
  const missing = ids.filter((id) => !byId.has(id));
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
  return ids.flatMap((id) => byId.get(id) ?? []);
}
