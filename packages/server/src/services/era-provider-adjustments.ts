import {
  CLAIM_RECOUPMENT_REASONS,
  formatUsd,
  negateCents,
  payerOfRemittance,
  providerAdjustmentEntry,
  providerAdjustmentReason,
  recoupmentNote,
} from '@medbill/core';
import type { Cents, IsoDate } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { claimsByNumbers, payersOnFile } from '@medbill/db';
import type { ProviderAdjustment, Remittance } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import type { EraPostingState } from './era-posting-state.ts';

/** Where a file's provider-level adjustments post: the file, and the accounting date. */
export interface ProviderAdjustmentMeta {
  readonly fileId: string;
  readonly fileName: string;
  readonly postedOn: IsoDate;
}

/**
 * Keeps a file's provider-level adjustments (PLB) in the posting state, in file order, and posts
 * each to the ledger on the account of the payer that sent it, as money withheld from the deposit
 * or added to it: with the claim payments, the ledger's money from the file is then its deposit
 * (BPR02). An adjustment whose payer medbill cannot tell goes to the unmatched worklist instead.
 * A recoupment, forwarding balance or authorized return (PLB03-1 WO, FB, 72) whose reference
 * (PLB03-2) is the number of exactly one claim on file — medbill's claim number, else the payer's
 * — is linked to that claim, and the claim's history notes it. Nothing is posted to the claim's
 * lines: the payer reverses or corrects the claim payment itself in a claim payment (CLP), and the
 * PLB only moves the cash. Returns how many adjustments the file has.
 */
export async function recordProviderAdjustments(
  q: Queryable,
  ctx: RequestContext,
  state: EraPostingState,
  remittances: readonly Remittance[],
  meta: ProviderAdjustmentMeta,
): Promise<number> {
  const adjustments = remittances.flatMap((r, index) =>
    r.providerAdjustments.map((plb) => ({ plb, remittance: r, index })),
  );
  if (adjustments.length === 0) return 0;
  const claimOf = referencedClaims(await claimsReferenced(q, ctx.orgId, adjustments));
  const payerOf = payerAccounts(state, remittances, await payersOnFile(q, ctx.orgId));
  for (const [n, { plb, remittance, index }] of adjustments.entries()) {
    const position = n + 1;
    const claim =
      CLAIM_RECOUPMENT_REASONS.includes(plb.reason) && plb.reference
        ? claimOf(plb.reference)
        : undefined;
    state.providerAdjustments.push({
      position,
      providerId: plb.providerId,
      reason: plb.reason,
      ...(plb.reference ? { reference: plb.reference } : {}),
      amount: plb.amount,
      ...(claim ? { claimId: claim.id } : {}),
    });
    postToPayerAccount(state, plb, payerOf(index), remittance.payer.name, {
      id: providerAdjustmentEntryId(meta.fileId, position),
      position,
      ...meta,
    });
    if (!claim) continue;
    const status = state.statusOf(claim.id) ?? claim.status;
    state.events.push({
      claimId: claim.id,
      actorId: ctx.actor.id,
      fromStatus: status,
      toStatus: status,
      reason: recoupmentNote(
        { reason: plb.reason, amount: plb.amount },
        remittance.payer.name,
        meta.fileName,
      ),
    });
  }
  return adjustments.length;
}

/**
 * The ledger entry id of a file's `position`th provider-level adjustment: the remittance view
 * finds the entry of each recorded adjustment by it.
 */
export const providerAdjustmentEntryId = (fileId: string, position: number): string =>
  `era:${fileId}:plb:${position}`;

/** What an adjustment did to the deposit, in words: "withheld $25.00 (PLB WO overpayment recovery)". */
export function adjustmentMoneyWords(plb: {
  readonly reason: string;
  readonly amount: Cents;
}): string {
  const amount = formatUsd(plb.amount >= 0 ? plb.amount : negateCents(plb.amount));
  const words = providerAdjustmentReason(plb.reason).toLowerCase();
  return `${plb.amount >= 0 ? 'withheld' : 'added'} ${amount} (PLB ${plb.reason} ${words})`;
}

function postToPayerAccount(
  state: EraPostingState,
  plb: ProviderAdjustment,
  payerId: string | undefined,
  payerName: string,
  at: ProviderAdjustmentMeta & { readonly id: string; readonly position: number },
): void {
  if (payerId === undefined) {
    state.worklist.push({
      kind: 'unmatched_remittance',
      source: `era:${at.fileId}`,
      summary: `${payerName} ${adjustmentMoneyWords(plb)} in ${at.fileName}, not posted to the ledger: no single payer on file is ${payerName}; post it to the payer's account from the remittance`,
      detail: {
        // Which of the file's adjustments: the remittance view posts it by this position.
        position: at.position,
        providerAdjustment: plb.reason,
        reference: plb.reference ?? null,
        amount: plb.amount,
        payerName,
      },
      // What the deposit got from it, as an unmatched claim payment's item shows what it paid.
      amount: negateCents(plb.amount),
    });
    return;
  }
  const entry = providerAdjustmentEntry(plb, { id: at.id, payerId, postedOn: at.postedOn });
  if (entry) state.post([entry]);
}

/**
 * The payer on file of each remittance of the file (by its index), as {@link payerOfRemittance}
 * tells it from the 835's payer and the claims its claim payments posted to.
 */
function payerAccounts(
  state: EraPostingState,
  remittances: readonly Remittance[],
  onFile: readonly { id: string; name: string; payerId: string }[],
): (index: number) => string | undefined {
  const claimIdAt = new Map(state.remittanceClaims.map((c) => [c.position, c.claimId]));
  let position = 0;
  const payers = remittances.map((remittance) => {
    const postedTo = remittance.claims.flatMap(() => {
      position += 1;
      const claimId = claimIdAt.get(position);
      const payerId = claimId === undefined ? undefined : state.payerIdOf(claimId);
      return payerId === undefined ? [] : [payerId];
    });
    return payerOfRemittance(remittance.payer, onFile, postedTo)?.id;
  });
  return (index) => payers[index];
}

async function claimsReferenced(
  q: Queryable,
  orgId: string,
  adjustments: readonly { plb: ProviderAdjustment }[],
): Promise<ClaimRecord[]> {
  const references = [
    ...new Set(
      adjustments.flatMap(({ plb }) =>
        CLAIM_RECOUPMENT_REASONS.includes(plb.reason) && plb.reference ? [plb.reference] : [],
      ),
    ),
  ];
  return references.length === 0
    ? []
    : claimsByNumbers(q, orgId, { claimNumbers: references, payerClaimNumbers: references });
}

/** The one claim a reference names: by claim number, else by the payer's claim number; never guessed. */
function referencedClaims(
  claims: readonly ClaimRecord[],
): (reference: string) => ClaimRecord | undefined {
  return (reference) => {
    const byNumber = claims.filter((c) => c.claimNumber === reference);
    if (byNumber.length > 0) return byNumber.length === 1 ? byNumber[0] : undefined;
    const byPayerNumber = claims.filter((c) => c.payerClaimNumber === reference);
    return byPayerNumber.length === 1 ? byPayerNumber[0] : undefined;
  };
}
