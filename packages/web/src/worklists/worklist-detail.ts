import type { Adjustment } from '../api/types.ts';
import { formatCents } from '../format.ts';

const isAdjustment = (value: unknown): value is Adjustment =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Adjustment).group === 'string' &&
  typeof (value as Adjustment).reason === 'string' &&
  typeof (value as Adjustment).amount === 'number';

/** An 835 service payment (SVC) that found no line: code, modifiers, charge and paid. */
interface RemittedLine {
  readonly procedureCode: string;
  readonly modifiers?: readonly string[];
  readonly charge: number;
  readonly paid: number;
}

const isRemittedLine = (value: unknown): value is RemittedLine =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RemittedLine).procedureCode === 'string' &&
  typeof (value as RemittedLine).charge === 'number' &&
  typeof (value as RemittedLine).paid === 'number';

/** 835 CLP02 claim status codes. */
const CLAIM_STATUS_CODES: Record<string, string> = {
  '1': '1 processed as primary',
  '2': '2 processed as secondary',
  '3': '3 processed as tertiary',
  '4': '4 denied',
  '19': '19 processed as primary, forwarded to another payer',
  '20': '20 processed as secondary, forwarded to another payer',
  '21': '21 processed as tertiary, forwarded to another payer',
  '22': '22 reversal of a previous payment',
  '23': '23 not our claim, forwarded to another payer',
};

/**
 * The detail keys a biller reads, in words; `null`: an internal id the panel links instead
 * (the claim, patient, batch or receipt), left out. Keys not listed show as they are.
 */
const LABELS: Record<string, string | null> = {
  adjustments: 'Adjustments (CAS)',
  remarks: 'Remarks (RARC)',
  reasons: 'Reasons',
  statuses: 'Claim status (277CA)',
  errors: 'Errors (999)',
  outcome: 'Outcome',
  line: 'Service paid',
  patientControlNumber: 'Patient control number (CLP01)',
  payerClaimNumber: 'Payer claim number',
  status: 'Claim status (CLP02)',
  charge: 'Charge',
  paid: 'Paid',
  sentOn: 'Sent on',
  followUpDays: "Payer's follow-up days",
  transactionControlNumber: 'Transaction set (ST02)',
  priorClaimNumber: 'Primary claim',
  why: 'What changed',
  unapplied: null,
  batchId: null,
  payerId: null,
  patientId: null,
  receiptId: null,
  priorClaimId: null,
};

const MONEY = new Set(['charge', 'paid']);

function show(key: string, value: unknown): string {
  if (MONEY.has(key) && typeof value === 'number') return formatCents(value);
  if (key === 'status' && typeof value === 'string') return CLAIM_STATUS_CODES[value] ?? value;
  if (key === 'followUpDays' && typeof value === 'number') return `${value} days`;
  if (isAdjustment(value)) return `${value.group}-${value.reason} ${formatCents(value.amount)}`;
  if (isRemittedLine(value)) {
    const code = [value.procedureCode, ...(value.modifiers ?? [])].join('-');
    return `${code}: charged ${formatCents(value.charge)}, paid ${formatCents(value.paid)}`;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => show(key, v)).join(', ');
  if (typeof value === 'object' && value !== null && 'message' in value) {
    return show(key, value.message);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return value === null || value === undefined ? '—' : JSON.stringify(value);
}

/**
 * A work item's facts as label/value lines a biller reads: CAS adjustments as `CO-97 $235.00`,
 * amounts in dollars, CLP02 in words, internal ids left out (the panel links them), lists joined;
 * `shownElsewhere` keys left out too.
 */
export function detailLines(
  detail: unknown,
  shownElsewhere: readonly string[] = [],
): [string, string][] {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return [];
  return Object.entries(detail)
    .filter(([key]) => !shownElsewhere.includes(key) && LABELS[key] !== null)
    .map(([key, value]) => [LABELS[key] ?? key, show(key, value)]);
}
