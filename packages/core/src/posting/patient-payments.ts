import type { IsoDate } from '../dates/index.ts';
import { formatUsd, negateCents, subtractCents, sumCents } from '../money/index.ts';
import type { Cents } from '../money/index.ts';
import type { Problem } from '../errors.ts';

/** What the patient owes on one service line (negative: a credit the patient has there). */
export interface PatientLineBalance {
  readonly lineId: string;
  readonly serviceDate: IsoDate;
  readonly sequence: number;
  readonly owed: Cents;
}

export interface LineAmount {
  readonly lineId: string;
  readonly amount: Cents;
}

/** Credit on the patient's account not yet applied to a line (`owed` negative: a credit). */
export interface PatientAccountBalance {
  readonly lineId: string;
  readonly owed: Cents;
}

export interface ReceiptPart extends LineAmount {
  /** More than the patient owed there: a credit kept for a refund or a later visit. */
  readonly overpayment: boolean;
}

/** How a patient's payment or refund moves money on their lines, or why it cannot. */
export type ReceiptPlan =
  | { readonly ok: true; readonly parts: readonly ReceiptPart[]; readonly credit?: LineAmount }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const refused = (code: string, message: string): ReceiptPlan => ({
  ok: false,
  problems: [{ path: 'amount', code, message }],
});

type Dated = Pick<PatientLineBalance, 'serviceDate' | 'sequence'>;

const oldestFirst = (a: Dated, b: Dated) =>
  a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : a.sequence - b.sequence;

/**
 * Spreads a patient's payment over what they owe, oldest date of service first (how statements
 * age and how patients expect it), each line paid in full before the next. A payment larger than
 * the balance leaves a credit on the most recent line rather than being refused: the front desk
 * has the money in hand. With nothing charged yet (a copay at check-in, before coding), the
 * payment waits on the patient's account, unapplied, until charges arrive.
 */
export function planPatientPayment(
  lines: readonly PatientLineBalance[],
  amount: Cents,
  account: PatientAccountBalance,
): ReceiptPlan {
  if (amount <= 0) return refused('not_positive', 'must be more than $0.00');
  const ordered = [...lines].sort(oldestFirst);
  const newest = ordered.at(-1);
  if (!newest) {
    const credit = { lineId: account.lineId, amount };
    return { ok: true, parts: [{ ...credit, overpayment: false }], credit };
  }
  const parts: ReceiptPart[] = [];
  let left = amount;
  for (const line of ordered) {
    if (left <= 0) break;
    if (line.owed <= 0) continue;
    const part = Math.min(left, line.owed) as Cents;
    parts.push({ lineId: line.lineId, amount: part, overpayment: false });
    left = subtractCents(left, part);
  }
  if (left <= 0) return { ok: true, parts };
  const credit = { lineId: newest.lineId, amount: left };
  return { ok: true, parts: [...parts, { ...credit, overpayment: true }], credit };
}

/**
 * Refunds come out of the patient's credits — money still unapplied on the account first, then
 * the lines' credits newest first — never more than the credits hold.
 */
export function planPatientRefund(
  lines: readonly PatientLineBalance[],
  amount: Cents,
  account: PatientAccountBalance,
): ReceiptPlan {
  if (amount <= 0) return refused('not_positive', 'must be more than $0.00');
  const credits: readonly PatientAccountBalance[] = [
    ...(account.owed < 0 ? [account] : []),
    ...lines
      .filter((line) => line.owed < 0)
      .sort(oldestFirst)
      .reverse(),
  ];
  const available = sumCents(credits.map((line) => negateCents(line.owed)));
  if (amount > available) {
    return refused(
      'more_than_credit',
      `is more than the patient's credit of ${formatUsd(available)}`,
    );
  }
  const parts: ReceiptPart[] = [];
  let left = amount;
  for (const line of credits) {
    if (left <= 0) break;
    const part = Math.min(left, negateCents(line.owed)) as Cents;
    parts.push({ lineId: line.lineId, amount: part, overpayment: false });
    left = subtractCents(left, part);
  }
  return { ok: true, parts };
}

/** A service line just charged, and what is still open on it (by every party together). */
export interface ChargedLine {
  readonly lineId: string;
  readonly serviceDate: IsoDate;
  readonly sequence: number;
  readonly open: Cents;
}

/**
 * Applies credit waiting on the patient's account to lines just charged, oldest service first,
 * never more than a line's open balance: the copay taken at check-in lands on the visit it paid
 * for, and what the payer later leaves to the patient is reduced by it.
 */
export function planCreditApplication(
  account: PatientAccountBalance,
  lines: readonly ChargedLine[],
): LineAmount[] {
  const parts: LineAmount[] = [];
  let left = negateCents(account.owed);
  for (const line of [...lines].sort(oldestFirst)) {
    if (left <= 0) break;
    if (line.open <= 0) continue;
    const part = Math.min(left, line.open) as Cents;
    parts.push({ lineId: line.lineId, amount: part });
    left = subtractCents(left, part);
  }
  return parts;
}
