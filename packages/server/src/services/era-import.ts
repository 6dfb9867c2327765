import { createHash } from 'node:crypto';
import { canMove, invalid, isWithin, planPosting } from '@medbill/core';
import type {
  Cents,
  Coverage,
  IsoDate,
  LedgerEntry,
  Party,
  RemitClaim,
  RemitClaimStatus,
} from '@medbill/core';
import type { ClaimRecord, Database, Queryable } from '@medbill/db';
import {
  addWorklistItem,
  claimLines,
  findRemittanceFile,
  getClaim,
  getEncounter,
  insertProviderAdjustment,
  insertRemittanceClaim,
  insertRemittanceFile,
  isDatabaseError,
  ledgerEntriesFor,
  listCoverages,
  moveClaimStatus,
} from '@medbill/db';
import { read835 } from '@medbill/x12';
import type { RemittanceClaim } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import { postToLedger } from './ledger-posting.ts';

export interface EraImportResult {
  readonly alreadyImported: boolean;
  readonly fileId: string;
  readonly payerName: string;
  readonly payment: number;
  readonly claims: number;
  readonly posted: {
    readonly claimNumber: string;
    readonly paid: number;
    readonly status: string;
  }[];
  readonly denials: number;
  readonly unmatched: number;
  readonly providerAdjustments: number;
}

/**
 * Imports an 835 all-or-nothing and exactly once: the file's hash is recorded in the same
 * transaction as every posting, so a second import (even at the same moment, from another
 * connection) finds it and changes nothing, and a failure half-way leaves no trace. Each claim
 * payment is matched by CLP01 (the claim number medbill sent), then by the payer's claim number;
 * anything else goes to the unmatched worklist, never guessed onto a claim.
 */
export async function importEra(
  db: Database,
  ctx: RequestContext,
  file: { name: string; text: string },
  postedOn: IsoDate,
): Promise<EraImportResult> {
  const sha256 = createHash('sha256').update(file.text).digest('hex');
  const known = await findRemittanceFile(db, ctx.orgId, sha256);
  if (known) return alreadyImported(known.id, known.payerName, known.payment);
  const { remittances, issues } = read835(file.text);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || remittances.length === 0) {
    throw invalid(
      `${file.name} is not a valid 835; nothing was posted.`,
      (errors.length > 0 ? errors : issues).slice(0, 50).map((i) => ({
        path: `${file.name}: segment ${i.segmentIndex + 1} ${i.segmentId}${i.element !== undefined ? String(i.element).padStart(2, '0') : ''}`,
        code: i.code,
        message: i.message,
      })),
    );
  }
  try {
    return await db.transaction(async (tx) => {
      const payerName = remittances[0]?.payer.name ?? '';
      const payment = remittances.reduce(
        (sum, r) => sum + (r.payment.creditDebit === 'D' ? 0 - r.payment.amount : r.payment.amount),
        0,
      );
      const fileId = await insertRemittanceFile(tx, ctx.orgId, {
        sha256,
        fileName: file.name,
        fileText: file.text,
        payerName,
        payment,
        traceNumbers: remittances.flatMap((r) => (r.trace ? [r.trace.number] : [])),
        importedBy: ctx.actor.id,
      });
      const result = {
        posted: [] as EraImportResult['posted'],
        denials: 0,
        unmatched: 0,
        providerAdjustments: 0,
        claims: 0,
      };
      let position = 0;
      for (const [r, remittance] of remittances.entries()) {
        for (const [c, remitClaim] of remittance.claims.entries()) {
          position += 1;
          result.claims += 1;
          const claim = await matchClaim(tx, ctx.orgId, remitClaim);
          await insertRemittanceClaim(tx, ctx.orgId, {
            fileId,
            position,
            patientControlNumber: remitClaim.patientControlNumber,
            statusCode: remitClaim.status,
            charge: remitClaim.charge,
            paid: remitClaim.paid,
            ...(remitClaim.payerClaimControlNumber
              ? { payerClaimNumber: remitClaim.payerClaimControlNumber }
              : {}),
            ...(claim ? { claimId: claim.id } : {}),
          });
          if (!claim) {
            result.unmatched += 1;
            await addWorklistItem(tx, ctx.orgId, {
              kind: 'unmatched_remittance',
              source: `era:${fileId}`,
              summary: `${payerName} paid ${(remitClaim.paid / 100).toFixed(2)} on claim ${remitClaim.patientControlNumber}, which matches no claim on file`,
              detail: {
                patientControlNumber: remitClaim.patientControlNumber,
                payerClaimNumber: remitClaim.payerClaimControlNumber ?? null,
                status: remitClaim.status,
                charge: remitClaim.charge,
                paid: remitClaim.paid,
              },
              amount: remitClaim.paid,
            });
            continue;
          }
          const outcome = await postClaimPayment(tx, ctx, claim, remitClaim, {
            fileId,
            key: `${sha256.slice(0, 12)}:${r}:${c}`,
            postedOn,
            payerName,
          });
          result.denials += outcome.denials;
          result.unmatched += outcome.unmatched;
          result.posted.push({
            claimNumber: claim.claimNumber,
            paid: remitClaim.paid,
            status: outcome.status,
          });
        }
        for (const plb of remittance.providerAdjustments) {
          result.providerAdjustments += 1;
          await insertProviderAdjustment(tx, ctx.orgId, {
            fileId,
            providerId: plb.providerId,
            reason: plb.reason,
            ...(plb.reference ? { reference: plb.reference } : {}),
            amount: plb.amount,
          });
        }
      }
      return { alreadyImported: false, fileId, payerName, payment, ...result };
    });
  } catch (error) {
    // Another connection imported the same file first: that import counts, this one changes nothing.
    if (
      isDatabaseError(error, '23505') &&
      error.constraint === 'remittance_files_org_id_sha256_key'
    ) {
      const winner = await findRemittanceFile(db, ctx.orgId, sha256);
      if (winner) return alreadyImported(winner.id, winner.payerName, winner.payment);
    }
    throw error;
  }
}

function alreadyImported(fileId: string, payerName: string, payment: number): EraImportResult {
  return {
    alreadyImported: true,
    fileId,
    payerName,
    payment,
    claims: 0,
    posted: [],
    denials: 0,
    unmatched: 0,
    providerAdjustments: 0,
  };
}

async function matchClaim(
  q: Queryable,
  orgId: string,
  remit: RemittanceClaim,
): Promise<ClaimRecord | undefined> {
  const byNumber = await q.query<{ id: string }>(
    'select id from claims where org_id = $1 and claim_number = $2',
    [orgId, remit.patientControlNumber],
  );
  const byPayerNumber =
    byNumber.length === 0 && remit.payerClaimControlNumber
      ? await q.query<{ id: string }>(
          'select id from claims where org_id = $1 and payer_claim_number = $2',
          [orgId, remit.payerClaimControlNumber],
        )
      : [];
  const id = byNumber[0]?.id ?? (byPayerNumber.length === 1 ? byPayerNumber[0]?.id : undefined);
  return id ? getClaim(q, orgId, id) : undefined;
}

/** The 835 claim payment in core's plain data. */
function toRemitClaim(remit: RemittanceClaim): RemitClaim {
  return {
    patientControlNumber: remit.patientControlNumber,
    status: remit.status as RemitClaimStatus,
    charge: remit.charge,
    paid: remit.paid,
    patientResponsibility: (remit.patientResponsibility ?? 0) as Cents,
    ...(remit.payerClaimControlNumber ? { payerClaimNumber: remit.payerClaimControlNumber } : {}),
    adjustments: remit.adjustments.map((a) => ({ ...a, amount: a.amount })),
    remarks: remit.remarkCodes,
    lines: remit.serviceLines.map((line) => ({
      procedureCode: line.procedure.code,
      modifiers: line.procedure.modifiers,
      charge: line.charge,
      paid: line.paid,
      ...(line.units === undefined ? {} : { units: line.units }),
      ...((line.serviceDate ?? line.serviceFrom)
        ? { serviceDate: (line.serviceDate ?? line.serviceFrom) as IsoDate }
        : {}),
      ...(line.lineControlNumber ? { lineControlNumber: line.lineControlNumber } : {}),
      adjustments: line.adjustments.map((a) => ({ ...a, amount: a.amount })),
      remarks: line.remarkCodes,
    })),
  };
}

/** Who owes what the payer left to the patient: the next coverage in force, else the patient. */
function nextPartyAfter(
  coverages: readonly Coverage[],
  billed: Coverage | undefined,
  dos: IsoDate,
): Party {
  const order = ['primary', 'secondary', 'tertiary'] as const;
  const after = billed ? order.slice(order.indexOf(billed.order) + 1) : [];
  const next = after
    .map((o) =>
      coverages.find(
        (c) =>
          c.order === o &&
          isWithin(
            dos,
            c.effectiveTo
              ? { from: c.effectiveFrom, to: c.effectiveTo }
              : { from: c.effectiveFrom },
          ),
      ),
    )
    .find((c) => c !== undefined);
  return next ? { kind: 'payer', coverageId: next.id } : { kind: 'patient' };
}

async function postClaimPayment(
  q: Queryable,
  ctx: RequestContext,
  claim: ClaimRecord,
  remitClaim: RemittanceClaim,
  meta: { fileId: string; key: string; postedOn: IsoDate; payerName: string },
): Promise<{ status: string; denials: number; unmatched: number }> {
  const lines = await claimLines(q, ctx.orgId, claim.id);
  const encounters = new Map<string, Awaited<ReturnType<typeof getEncounter>>>();
  for (const id of new Set(lines.map((l) => l.encounterId)))
    encounters.set(id, await getEncounter(q, ctx.orgId, id));
  const billedLines = lines.flatMap((l) => {
    const line = encounters.get(l.encounterId)?.lines.find((s) => s.id === l.serviceLineId);
    return line
      ? [
          {
            id: l.serviceLineId,
            controlNumber: l.controlNumber,
            procedureCode: line.procedureCode.code,
            modifiers: line.modifiers,
            charge: line.charge,
            serviceDate: line.serviceDate,
          },
        ]
      : [];
  });
  const coverages = await listCoverages(q, ctx.orgId, claim.patientId);
  const billedParty: Party = { kind: 'payer', coverageId: claim.coverageId };
  const source = { source: `era:${meta.fileId}`, actorId: ctx.actor.id };

  if (remitClaim.status === '22') {
    const earlier = await ledgerEntriesFor(
      q,
      ctx.orgId,
      billedLines.map((l) => l.id),
    );
    const reversed = new Set(earlier.flatMap((e) => (e.kind === 'reversal' ? [e.reverses] : [])));
    const toReverse = earlier
      .filter(
        (e) =>
          e.id.startsWith('era:') &&
          e.kind !== 'charge' &&
          e.kind !== 'reversal' &&
          !reversed.has(e.id),
      )
      .reverse();
    const reversals: LedgerEntry[] = toReverse.map((e) => ({
      id: `rev:${meta.key}:${e.id}`,
      kind: 'reversal',
      lineId: e.lineId,
      postedOn: meta.postedOn,
      amount: e.amount,
      reverses: e.id,
    }));
    await postToLedger(q, ctx.orgId, reversals, source);
    return { status: claim.status, denials: 0, unmatched: 0 };
  }

  const plan = planPosting(
    toRemitClaim(remitClaim),
    {
      id: claim.id,
      billedParty,
      nextParty: nextPartyAfter(
        coverages,
        coverages.find((c) => c.id === claim.coverageId),
        claim.serviceDateFrom,
      ),
      lines: billedLines,
    },
    meta.postedOn,
    (suffix) => `era:${meta.key}:${suffix}`,
  );
  await postToLedger(q, ctx.orgId, plan.entries, source);
  for (const denial of plan.denials) {
    const reasons = denial.adjustments.map((a) => `${a.group}-${a.reason}`).join(', ');
    await addWorklistItem(q, ctx.orgId, {
      kind: 'denial',
      claimId: claim.id,
      serviceLineId: denial.lineId,
      source: source.source,
      summary: `${meta.payerName} denied a line of claim ${claim.claimNumber} (${reasons}${denial.remarks.length ? `; remarks ${denial.remarks.join(', ')}` : ''})`,
      detail: { adjustments: denial.adjustments, remarks: denial.remarks },
      amount: denial.adjustments.reduce((sum, a) => sum + a.amount, 0),
    });
  }
  const leftovers = [
    ...plan.unmatchedLines.map((l) => ({ line: l, why: 'matches no line of the claim' })),
    ...plan.unbalancedLines.map((l) => ({
      line: l,
      why: 'does not balance (charge − adjustments ≠ paid)',
    })),
  ];
  for (const { line, why } of leftovers) {
    await addWorklistItem(q, ctx.orgId, {
      kind: 'unmatched_remittance',
      claimId: claim.id,
      source: source.source,
      summary: `Claim ${claim.claimNumber}: the payment line for ${line.procedureCode}${line.modifiers.length ? `-${line.modifiers.join('-')}` : ''} ${why}`,
      detail: { line },
      amount: line.paid,
    });
  }
  const target =
    remitClaim.status === '4' ||
    (plan.denials.length > 0 && plan.denials.length === plan.matches.length)
      ? 'denied'
      : plan.denials.length > 0 || leftovers.length > 0 || plan.matches.length < billedLines.length
        ? 'partially_paid'
        : 'paid';
  if (canMove(claim.status, target)) {
    const crossover = ['19', '20', '21'].includes(remitClaim.status)
      ? '; forwarded by the payer to the next payer (crossover)'
      : '';
    await moveClaimStatus(
      q,
      ctx.orgId,
      claim.id,
      claim.status,
      target,
      ctx.actor.id,
      `835 from ${meta.payerName}: paid ${(remitClaim.paid / 100).toFixed(2)}${crossover}`,
    );
  }
  return { status: target, denials: plan.denials.length, unmatched: leftovers.length };
}
