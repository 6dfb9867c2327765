import {
  cents,
  formatUsd,
  invalid,
  notFound,
  planPatientPayment,
  planPatientRefund,
} from '@medbill/core';
import type { IsoDate, LedgerEntry } from '@medbill/core';
import type { PatientReceipt, Queryable, ReceiptMethod } from '@medbill/db';
import {
  addWorklistItem,
  findReceiptByKey,
  insertReceipt,
  getPatient,
  lockPatientBalances,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { postToLedger } from './ledger-posting.ts';
import { resolveSpentAccountCredits } from './account-credits.ts';

export interface ReceiptInput {
  readonly amount: number;
  readonly method: ReceiptMethod;
  readonly reference?: string | undefined;
  readonly receivedOn: IsoDate;
  /** The same key twice records the money once (a double click, a retried request). */
  readonly idempotencyKey: string;
}

export interface ReceiptResult {
  readonly receipt: PatientReceipt;
  readonly alreadyRecorded: boolean;
}

/**
 * Records money a patient paid and applies it to what they owe, oldest service first; more than
 * they owe stays as a credit and goes to the credit-balance worklist. A payment before anything
 * is charged (a copay at check-in) stays on the account, unapplied, until the visit's charges
 * are posted. Call inside a transaction.
 */
export async function recordPatientPayment(
  tx: Queryable,
  ctx: RequestContext,
  patientId: string,
  input: ReceiptInput,
): Promise<ReceiptResult> {
  return recordReceipt(tx, ctx, patientId, input, 'payment');
}

/** Gives a patient back (part of) their credit. Call inside a transaction. */
export async function refundPatient(
  tx: Queryable,
  ctx: RequestContext,
  patientId: string,
  input: ReceiptInput,
): Promise<ReceiptResult> {
  return recordReceipt(tx, ctx, patientId, input, 'refund');
}

async function recordReceipt(
  tx: Queryable,
  ctx: RequestContext,
  patientId: string,
  input: ReceiptInput,
  kind: 'payment' | 'refund',
): Promise<ReceiptResult> {
  const earlier = await findReceiptByKey(tx, ctx.orgId, input.idempotencyKey);
  if (earlier) {
    if (
      earlier.patientId !== patientId ||
      earlier.kind !== kind ||
      earlier.amount !== input.amount
    ) {
      throw invalid(
        'This idempotency key was already used for another receipt; nothing was recorded.',
        [{ path: 'idempotencyKey', code: 'reused', message: 'belongs to another receipt' }],
      );
    }
    return { receipt: earlier, alreadyRecorded: true };
  }
  const patient = await getPatient(tx, ctx.orgId, patientId);
  if (!patient) throw notFound('patient', patientId);
  const amount = cents(input.amount);
  const { lines, account } = await lockPatientBalances(tx, ctx.orgId, patientId);
  const plan =
    kind === 'payment'
      ? planPatientPayment(lines, amount, account)
      : planPatientRefund(lines, amount, account);
  if (!plan.ok) {
    throw invalid(
      kind === 'payment'
        ? 'The payment cannot be applied; nothing was recorded.'
        : 'The refund cannot be made; nothing was recorded.',
      plan.problems,
    );
  }
  const { credit } = plan;
  const receipt = await insertReceipt(tx, ctx.orgId, {
    patientId,
    kind,
    amount: input.amount,
    method: input.method,
    reference: input.reference ?? null,
    receivedOn: input.receivedOn,
    idempotencyKey: input.idempotencyKey,
    credit: credit?.amount ?? 0,
    recordedBy: ctx.actor.name,
  });
  const party = { kind: 'patient' } as const;
  const entries: LedgerEntry[] = plan.parts.map((part, index) => {
    const base = {
      id: `${kind === 'payment' ? 'pp' : 'pr'}:${receipt.id}:${index + 1}`,
      lineId: part.lineId,
      postedOn: input.receivedOn,
      amount: part.amount,
      party,
    };
    if (kind === 'refund') return { ...base, kind: 'refund' };
    return { ...base, kind: 'payment', ...(part.overpayment ? { overpayment: true } : {}) };
  });
  await postToLedger(tx, ctx.orgId, entries, {
    source: `receipt:${receipt.id}`,
    actorId: ctx.actor.id,
  });
  const who = `${patient.lastName}, ${patient.firstName} (${patient.accountNumber})`;
  if (credit && credit.lineId === account.lineId) {
    await addWorklistItem(tx, ctx.orgId, {
      kind: 'credit_balance',
      source: `receipt:${receipt.id}`,
      summary: `${who} paid ${formatUsd(amount)} before any service was charged: it stays on the account, unapplied, and is applied when the visit's charges are posted.`,
      detail: { patientId, receiptId: receipt.id, unapplied: true },
      amount: credit.amount,
    });
  } else if (credit) {
    await addWorklistItem(tx, ctx.orgId, {
      kind: 'credit_balance',
      serviceLineId: credit.lineId,
      source: `receipt:${receipt.id}`,
      summary: `${who} paid ${formatUsd(amount)}, ${formatUsd(credit.amount)} more than owed: refund it or keep it for the next visit.`,
      detail: { patientId, receiptId: receipt.id },
      amount: credit.amount,
    });
  }
  if (kind === 'refund') await resolveSpentAccountCredits(tx, ctx, patientId, 'refunded');
  return { receipt, alreadyRecorded: false };
}
