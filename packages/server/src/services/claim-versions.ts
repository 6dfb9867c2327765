import {
  conflict,
  invalid,
  Ledger,
  notFound,
  planChargeChanges,
  planVoid,
  replacementRefusals,
} from '@medbill/core';
import type {
  Cents,
  ClaimConditions,
  FacilityFacts,
  FacilityTypeCode,
  IsoDate,
  LedgerEntry,
  Party,
  Problem,
  ProcedureCode,
} from '@medbill/core';
import type { BilledLineOverride, ClaimRecord, NewClaim, Queryable } from '@medbill/db';
import {
  appendClaimEvent,
  getClaim,
  getPatient,
  insertClaim,
  insertPriorPayer,
  lockLedgerLines,
  nextClaimNumber,
  nextVersionOf,
  priorPayersOf,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaim } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { correctedFacilityFacts } from './claim-version-facts.ts';
import type { FacilityFactsChange } from './claim-version-facts.ts';
import { billedLinesOf, facilityCorrectionProblems } from './claim-version-lines.ts';
import type { BilledClaimLine } from './claim-version-lines.ts';
import { postToLedger } from './ledger-posting.ts';
import { flagNextPayerClaims } from './stale-next-payer-claims.ts';
import type { StaleNextPayerClaim } from './stale-next-payer-claims.ts';

/** One line's correction: what the corrected claim bills differently, or that it drops the line. */
export interface LineCorrection {
  readonly serviceLineId: string;
  readonly procedureCode?: ProcedureCode | undefined;
  readonly modifiers?: readonly string[] | undefined;
  readonly units?: number | undefined;
  readonly charge?: Cents | undefined;
  /** The date of service, when the claim billed the wrong one. */
  readonly serviceDate?: IsoDate | undefined;
  readonly diagnosisPointers?: readonly number[] | undefined;
  /** True: the line was billed in error and leaves the claim. */
  readonly remove?: boolean | undefined;
}

export interface ClaimCorrection {
  /** Why the claim is corrected, in the biller's words (kept in both claims' history). */
  readonly reason: string;
  /** The corrected claim's diagnoses in order (dotless ICD-10-CM), when they change. */
  readonly diagnoses?: readonly string[];
  /** The accident and onset facts the corrected claim reports, when they change. */
  readonly conditions?: ClaimConditions;
  /** The UB-04 facts a corrected facility claim bills differently (statement, status, POA…). */
  readonly facility?: FacilityFactsChange;
  readonly lines: readonly LineCorrection[];
}

export interface ReplacementResult {
  readonly id: string;
  readonly claimNumber: string;
  readonly version: number;
  readonly frequency: '7' | '8';
  readonly replaces: { readonly id: string; readonly claimNumber: string };
  readonly status: string;
  readonly issues: number;
  /** Ledger entries posted for the changed charges (7) or the written-off balances (8). */
  readonly ledgerEntries: number;
  /** Next-payer claims that carried this claim's adjudication: held stale, or to be corrected. */
  readonly nextPayerClaims: readonly StaleNextPayerClaim[];
}

/** Names the entries of the version that replaces `claim` (a claim is replaced at most once). */
const versionKey = (claim: ClaimRecord) => `${claim.id}:v${claim.version + 1}`;

/**
 * Corrects an adjudicated claim as a new version (frequency 7, REF*F8 = the payer's claim
 * number) linked to the original, which stays as it was with a history note. Changed charges are
 * posted as supplement charges or CR write-offs; no posted payment or adjustment is touched. A
 * facility claim's version may bill other UB-04 facts than its bill (kept on the version; its
 * diagnoses and statement period follow them), another facility type or another attending. The new version is scrubbed (ready when clean).
 * Call inside a transaction.
 */
export async function correctClaim(
  q: Queryable,
  ctx: RequestContext,
  claimId: string,
  correction: ClaimCorrection,
  scrub: ScrubOptions,
): Promise<ReplacementResult> {
  const original = await replaceableClaim(q, ctx.orgId, claimId, 'correct');
  const before = await billedLinesOf(q, ctx.orgId, original);
  const facility = await correctedFacilityFacts(q, ctx.orgId, original, correction.facility);
  const facts = facility.ok ? facility.facts : undefined;
  const header = facility.ok
    ? {
        ...(facility.facilityType ? { facilityType: facility.facilityType } : {}),
        ...(facility.attendingProviderId
          ? { attendingProviderId: facility.attendingProviderId }
          : {}),
      }
    : {};
  const diagnoses =
    correction.facility && facts
      ? [facts.principalDiagnosis, ...facts.otherDiagnoses].map((d) => d.code)
      : (correction.diagnoses ?? original.diagnoses);
  const problems = [
    ...(original.kind === 'institutional' ? facilityCorrectionProblems(correction) : []),
    ...(facility.ok ? [] : facility.problems),
    ...correctionProblems(before, correction, diagnoses.length),
    ...serviceDateProblems(
      correction,
      scrub.today(),
      original.kind === 'institutional'
        ? {
            from: facts?.statementFrom ?? original.serviceDateFrom,
            to: facts?.statementTo ?? original.serviceDateTo,
          }
        : undefined,
    ),
  ];
  if (problems.length > 0)
    throw invalid(`Claim ${original.claimNumber} was not corrected; nothing changed.`, problems);
  const byLine = new Map(correction.lines.map((c) => [c.serviceLineId, c]));
  const kept = before.filter((l) => byLine.get(l.serviceLineId)?.remove !== true);
  const lines = kept.map((l, i) => correctedLine(l, byLine.get(l.serviceLineId), i + 1));

  const billed: Party = { kind: 'payer', coverageId: original.coverageId };
  const ledger = new Ledger(
    await lockLedgerLines(
      q,
      ctx.orgId,
      before.map((l) => l.serviceLineId),
    ),
  );
  const changes = before.flatMap((l) => {
    const after = lines.find((n) => n.serviceLineId === l.serviceLineId)?.charge;
    return after === l.charge
      ? []
      : [{ lineId: l.serviceLineId, label: l.label, before: l.charge, after }];
  });
  const plan = planChargeChanges(
    changes,
    ledger.balances,
    billed,
    scrub.today(),
    (suffix) => `correct:${versionKey(original)}:${suffix}`,
  );
  if (!plan.ok)
    throw invalid(
      `Claim ${original.claimNumber} was not corrected; nothing changed.`,
      plan.problems,
    );
  const version = await insertVersion(q, ctx, original, before, {
    frequency: '7',
    diagnoses,
    conditions: correction.conditions ?? original.conditions,
    ...(facts ? { facilityFacts: facts } : {}),
    ...header,
    lines,
    reason: correction.reason,
  });
  return finish(q, ctx, original, version, plan.entries, correction.reason, scrub);
}

/**
 * Voids an adjudicated claim as a new version (frequency 8, REF*F8) with the same lines, linked
 * to the original; every open balance on its lines is written off (group CR). Payments stay:
 * the payer's takeback reverses them in its own entries. Call inside a transaction.
 */
export async function voidClaim(
  q: Queryable,
  ctx: RequestContext,
  claimId: string,
  reason: string,
  scrub: ScrubOptions,
): Promise<ReplacementResult> {
  const original = await replaceableClaim(q, ctx.orgId, claimId, 'void');
  const before = await billedLinesOf(q, ctx.orgId, original);
  const lineIds = before.map((l) => l.serviceLineId);
  const ledger = new Ledger(await lockLedgerLines(q, ctx.orgId, lineIds));
  const entries = planVoid(
    lineIds,
    ledger.balances,
    { kind: 'payer', coverageId: original.coverageId },
    scrub.today(),
    (suffix) => `void:${versionKey(original)}:${suffix}`,
  );
  const version = await insertVersion(q, ctx, original, before, {
    frequency: '8',
    diagnoses: original.diagnoses,
    conditions: original.conditions,
    ...(original.facilityFacts ? { facilityFacts: original.facilityFacts } : {}),
    lines: before.map((l) => correctedLine(l, undefined, l.sequence)),
    reason,
  });
  return finish(q, ctx, original, version, entries, reason, scrub);
}

async function replaceableClaim(
  q: Queryable,
  orgId: string,
  claimId: string,
  action: 'correct' | 'void',
): Promise<ClaimRecord> {
  // Lock the claim so that two corrections of it queue; the unique index on
  // previous_version_id refuses the second either way.
  await q.query('select id from claims where org_id = $1 and id = $2 for update', [orgId, claimId]);
  const claim = await getClaim(q, orgId, claimId);
  if (!claim) throw notFound('claim', claimId);
  const next = await nextVersionOf(q, orgId, claim.id);
  const refusals = replacementRefusals(
    { ...claim, ...(next ? { replacedBy: next.claimNumber } : {}) },
    action,
  );
  if (refusals.length > 0) {
    throw conflict(
      `Claim ${claim.claimNumber} cannot be ${action === 'correct' ? 'corrected' : 'voided'} now.`,
      refusals,
    );
  }
  return claim;
}

function correctionProblems(
  lines: readonly BilledClaimLine[],
  correction: ClaimCorrection,
  diagnosisCount: number,
): Problem[] {
  const problems: Problem[] = [];
  const onClaim = new Set(lines.map((l) => l.serviceLineId));
  const seen = new Set<string>();
  correction.lines.forEach((c, i) => {
    if (!onClaim.has(c.serviceLineId))
      problems.push({
        path: `lines.${i}.serviceLineId`,
        code: 'not_on_claim',
        message: `service line ${c.serviceLineId} is not on this claim`,
      });
    if (seen.has(c.serviceLineId))
      problems.push({
        path: `lines.${i}.serviceLineId`,
        code: 'duplicate',
        message: 'the same line is corrected twice',
      });
    seen.add(c.serviceLineId);
  });
  const byLine = new Map(correction.lines.map((c) => [c.serviceLineId, c]));
  const kept = lines.filter((l) => byLine.get(l.serviceLineId)?.remove !== true);
  if (kept.length === 0)
    problems.push({
      path: 'lines',
      code: 'no_lines',
      message: 'a corrected claim keeps at least one line; to take every line back, void the claim',
    });
  for (const l of kept) {
    const pointers = byLine.get(l.serviceLineId)?.diagnosisPointers ?? l.diagnosisPointers;
    const bad = pointers.filter((p) => p > diagnosisCount);
    if (bad.length > 0) {
      const index = correction.lines.findIndex((c) => c.serviceLineId === l.serviceLineId);
      problems.push({
        path: index >= 0 ? `lines.${index}.diagnosisPointers` : 'diagnoses',
        code: 'pointer',
        message: `${l.label} points at diagnosis ${bad.join(', ')} but the corrected claim has ${diagnosisCount}: give the line new pointers`,
      });
    }
  }
  return problems;
}

type VersionLine = Omit<BilledClaimLine, 'label'>;

/** The line as the new version bills it: the earlier version's billing with the corrections. */
function correctedLine(
  line: BilledClaimLine,
  change: LineCorrection | undefined,
  sequence: number,
): VersionLine {
  const billed: BilledLineOverride = {
    ...line.billed,
    ...(change?.procedureCode ? { procedureCode: change.procedureCode.code } : {}),
    ...(change?.modifiers ? { modifiers: change.modifiers } : {}),
    ...(change?.units === undefined ? {} : { units: change.units }),
    ...(change?.charge === undefined ? {} : { charge: change.charge }),
    ...(change?.serviceDate === undefined ? {} : { serviceDate: change.serviceDate }),
  };
  return {
    sequence,
    serviceLineId: line.serviceLineId,
    encounterId: line.encounterId,
    diagnosisPointers: change?.diagnosisPointers ?? line.diagnosisPointers,
    ...(line.revenueCode === undefined ? {} : { revenueCode: line.revenueCode }),
    ...(Object.keys(billed).length > 0 ? { billed } : {}),
    charge: change?.charge ?? line.charge,
    serviceDate: change?.serviceDate ?? line.serviceDate,
  };
}

/**
 * A corrected date of service cannot be after today, and a facility claim's lines stay within
 * its statement period (FL 6), corrected or not.
 */
function serviceDateProblems(
  correction: ClaimCorrection,
  today: IsoDate,
  statement: { readonly from: IsoDate; readonly to: IsoDate } | undefined,
): Problem[] {
  return correction.lines.flatMap((c, i): Problem[] => {
    const date = c.serviceDate;
    if (date === undefined) return [];
    const path = `lines.${i}.serviceDate`;
    if (date > today)
      return [
        { path, code: 'future', message: `${date} is after today: not yet a date of service` },
      ];
    if (statement && (date < statement.from || date > statement.to))
      return [
        {
          path,
          code: 'outside_statement',
          message: `${date} is outside the statement period ${statement.from}–${statement.to}`,
        },
      ];
    return [];
  });
}

/**
 * A version's dates of service: a facility claim's statement period (FL 6), a professional
 * claim's first line's date to its last's.
 */
function datesOf(
  original: ClaimRecord,
  lines: readonly VersionLine[],
  facts: FacilityFacts | undefined,
): { from: IsoDate; to: IsoDate } {
  if (original.kind === 'institutional')
    return {
      from: facts?.statementFrom ?? original.serviceDateFrom,
      to: facts?.statementTo ?? original.serviceDateTo,
    };
  const dates = lines.map((l) => l.serviceDate).sort();
  return { from: dates[0] ?? original.serviceDateFrom, to: dates.at(-1) ?? original.serviceDateTo };
}

async function insertVersion(
  q: Queryable,
  ctx: RequestContext,
  original: ClaimRecord,
  before: readonly BilledClaimLine[],
  what: {
    frequency: '7' | '8';
    diagnoses: readonly string[];
    conditions: ClaimConditions;
    /** A facility version's own UB-04 facts; its statement period is its dates of service. */
    facilityFacts?: FacilityFacts;
    /** A facility version's corrected facility type (kept as its place of service, CLM05-1). */
    facilityType?: FacilityTypeCode;
    /** A facility version's corrected attending (kept as its rendering provider). */
    attendingProviderId?: string;
    lines: readonly VersionLine[];
    reason: string;
  },
): Promise<ClaimRecord> {
  const patient = await getPatient(q, ctx.orgId, original.patientId);
  if (!patient) throw new Error(`claim ${original.claimNumber} lost its patient`);
  const dates = datesOf(original, what.lines, what.facilityFacts);
  const claim: NewClaim = {
    kind: original.kind,
    claimNumber: await nextClaimNumber(q, patient.accountNumber),
    patientId: original.patientId,
    coverageId: original.coverageId,
    payerId: original.payerId,
    practiceId: original.practiceId,
    renderingProviderId: what.attendingProviderId ?? original.renderingProviderId,
    placeOfService: what.facilityType ?? original.placeOfService,
    serviceDateFrom: dates.from,
    serviceDateTo: dates.to,
    diagnoses: what.diagnoses,
    conditions: what.conditions,
    ...(what.facilityFacts ? { facilityFacts: what.facilityFacts } : {}),
    totalCharge: what.lines.reduce((sum, l) => sum + l.charge, 0),
    lines: what.lines.map(({ charge: _charge, serviceDate: _date, ...line }) => line),
    version: original.version + 1,
    frequency: what.frequency,
    ...(original.payerClaimNumber ? { payerClaimNumber: original.payerClaimNumber } : {}),
    previousVersionId: original.id,
    ...(original.priorPayerClaimId ? { priorPayerClaimId: original.priorPayerClaimId } : {}),
  };
  const kind = what.frequency === '7' ? 'corrected claim (frequency 7)' : 'void (frequency 8)';
  const version = await insertClaim(
    q,
    ctx.orgId,
    claim,
    ctx.actor.id,
    `${kind} of claim ${original.claimNumber}: ${what.reason}`,
  );
  await copyPriorPayers(q, ctx.orgId, original.id, version.id, before, what.lines);
  return version;
}

/** A secondary claim's new version carries the same earlier adjudication, lines renumbered. */
async function copyPriorPayers(
  q: Queryable,
  orgId: string,
  fromClaimId: string,
  toClaimId: string,
  before: readonly BilledClaimLine[],
  after: readonly VersionLine[],
): Promise<void> {
  const newSequence = new Map(
    before.flatMap((l) => {
      const kept = after.find((a) => a.serviceLineId === l.serviceLineId);
      return kept ? [[l.sequence, kept.sequence] as const] : [];
    }),
  );
  for (const prior of await priorPayersOf(q, orgId, fromClaimId)) {
    await insertPriorPayer(q, orgId, toClaimId, {
      ...prior,
      lines: prior.lines.flatMap((l) => {
        const sequence = newSequence.get(l.sequence);
        return sequence === undefined ? [] : [{ ...l, sequence }];
      }),
    });
  }
}

async function finish(
  q: Queryable,
  ctx: RequestContext,
  original: ClaimRecord,
  version: ClaimRecord,
  entries: readonly LedgerEntry[],
  reason: string,
  scrub: ScrubOptions,
): Promise<ReplacementResult> {
  await postToLedger(q, ctx.orgId, entries, {
    source: `claim:${version.id}`,
    actorId: ctx.actor.id,
  });
  const frequency = version.frequency === '8' ? '8' : '7';
  await appendClaimEvent(q, ctx.orgId, original.id, {
    actorId: ctx.actor.id,
    fromStatus: original.status,
    toStatus: original.status,
    reason: `${frequency === '7' ? 'corrected' : 'voided'} by claim ${version.claimNumber} (version ${version.version}): ${reason}`,
  });
  const nextPayerClaims = await flagNextPayerClaims(
    q,
    ctx,
    original,
    `claim ${original.claimNumber} was ${frequency === '7' ? 'corrected' : 'voided'} by claim ${version.claimNumber}`,
    scrub,
  );
  const scrubbed = await scrubStoredClaim(q, ctx, version.id, scrub);
  return {
    id: version.id,
    claimNumber: version.claimNumber,
    version: version.version,
    frequency,
    replaces: { id: original.id, claimNumber: original.claimNumber },
    status: scrubbed.status,
    issues: scrubbed.issues.length,
    ledgerEntries: entries.length,
    nextPayerClaims,
  };
}
