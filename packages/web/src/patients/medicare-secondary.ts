import type { Payer } from '../api/types.ts';

/**
 * Medicare Secondary Payer type codes (837P 2000B SBR05), each with what the front desk asks:
 * why another payer pays before Medicare (CMS MSP manual, Pub. 100-05, chapter 3).
 */
export const MSP_TYPES: readonly { readonly value: string; readonly meaning: string }[] = [
  { value: '12', meaning: 'Working aged, employer group health plan' },
  {
    value: '13',
    meaning: 'End-stage renal disease, employer group health plan (coordination period)',
  },
  { value: '14', meaning: 'No-fault insurance, including auto, is primary' },
  { value: '15', meaning: "Workers' compensation" },
  { value: '16', meaning: 'Public health service or other federal agency' },
  { value: '41', meaning: 'Black lung' },
  { value: '42', meaning: 'Veterans Administration' },
  { value: '43', meaning: 'Disabled beneficiary under 65 with large group health plan' },
  { value: '47', meaning: 'Other liability insurance is primary' },
];

/** "12 — Working aged, employer group health plan". */
export const mspLabel = (code: string) => {
  const type = MSP_TYPES.find((t) => t.value === code);
  return type ? `${type.value} — ${type.meaning}` : code;
};

/** Medicare Part A or B (claim filing indicator MA/MB). */
export const isMedicare = (payer: Pick<Payer, 'claimFilingIndicator'> | undefined) =>
  payer?.claimFilingIndicator === 'MA' || payer?.claimFilingIndicator === 'MB';

/**
 * Whether the coverage must say why Medicare pays second: Medicare billed as the secondary or
 * tertiary payer (the server refuses to build such a claim without it).
 */
export const needsMspType = (
  payer: Pick<Payer, 'claimFilingIndicator'> | undefined,
  order: 'primary' | 'secondary' | 'tertiary',
) => order !== 'primary' && isMedicare(payer);
