import type { Payer } from '../api/types.ts';

/** The payer form as typed (numbers as text until sent). */
export interface PayerFields {
  name: string;
  payerId: string;
  claimFilingIndicator: string;
  timelyFilingDays: string;
  claimForm: 'electronic' | 'paper';
  followUpDays: string;
  /** '' sends the payer's claims to it directly. */
  receiverId: string;
}

/** 837 SBR09 claim filing indicator codes, as the payer list names them. */
export const CLAIM_FILING_INDICATORS: readonly { value: string; label: string }[] = [
  { value: 'MB', label: 'MB — Medicare Part B' },
  { value: 'MA', label: 'MA — Medicare Part A' },
  { value: 'MC', label: 'MC — Medicaid' },
  { value: 'CI', label: 'CI — Commercial insurance' },
  { value: 'BL', label: 'BL — Blue Cross/Blue Shield' },
  { value: 'HM', label: 'HM — HMO' },
  { value: '12', label: '12 — PPO' },
  { value: '13', label: '13 — Point of service' },
  { value: '14', label: '14 — EPO' },
  { value: '15', label: '15 — Indemnity' },
  { value: '16', label: '16 — HMO Medicare risk' },
  { value: 'CH', label: 'CH — TRICARE (CHAMPUS)' },
  { value: 'VA', label: 'VA — Veterans Affairs plan' },
  { value: 'FI', label: 'FI — Federal Employees Program' },
  { value: 'WC', label: "WC — Workers' compensation" },
  { value: 'AM', label: 'AM — Automobile medical' },
  { value: 'LM', label: 'LM — Liability medical' },
  { value: 'DS', label: 'DS — Disability' },
  { value: 'OF', label: 'OF — Other federal program' },
  { value: 'TV', label: 'TV — Title V' },
  { value: '11', label: '11 — Other non-federal program' },
  { value: '17', label: '17 — Dental maintenance organization' },
  { value: 'ZZ', label: 'ZZ — Mutually defined' },
];

/** Days the server waits for an answer when the payer names none. */
export const DEFAULT_FOLLOW_UP_DAYS = 30;

export const payerFields = (payer?: Payer): PayerFields => ({
  name: payer?.name ?? '',
  payerId: payer?.payerId ?? '',
  claimFilingIndicator: payer?.claimFilingIndicator ?? 'CI',
  timelyFilingDays: String(payer?.timelyFilingDays ?? 365),
  claimForm: payer?.claimForm ?? 'electronic',
  followUpDays: String(payer?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS),
  receiverId: payer?.receiverId ?? '',
});

/** Whole days as a number; anything else as typed, for the server to point at. */
const days = (text: string): number | string => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);

/**
 * The body of POST /payers or PUT /payers/{id}: the form's fields, and the address the payer
 * already has (the form does not edit it; a PUT replaces the whole payer).
 */
export function payerBody(fields: PayerFields, existing?: Payer): Record<string, unknown> {
  return {
    name: fields.name,
    payerId: fields.payerId,
    claimFilingIndicator: fields.claimFilingIndicator,
    timelyFilingDays: days(fields.timelyFilingDays),
    claimForm: fields.claimForm,
    followUpDays: days(fields.followUpDays),
    ...(fields.receiverId ? { receiverId: fields.receiverId } : {}),
    ...(existing?.address ? { address: existing.address } : {}),
  };
}
