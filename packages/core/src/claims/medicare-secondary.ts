import type { Problem } from '../errors.ts';
import type { ClaimFilingIndicator } from '../identifiers/index.ts';

/**
 * Medicare Secondary Payer insurance type codes (element 1336), sent in 837P 2000B SBR05 when
 * Medicare is billed after another payer (TR3 005010X222A1 2000B SBR05: required when the
 * destination payer is Medicare and Medicare is not the primary payer).
 */
export const MEDICARE_SECONDARY_TYPES = {
  '12': 'Working aged beneficiary or spouse with employer group health plan',
  '13': 'End-stage renal disease beneficiary in the coordination period with an employer group health plan',
  '14': 'No-fault insurance, including auto, is primary',
  '15': "Worker's compensation",
  '16': 'Public health service or other federal agency',
  '41': 'Black lung',
  '42': "Veteran's administration",
  '43': 'Disabled beneficiary under age 65 with a large group health plan',
  '47': 'Other liability insurance is primary',
} as const;

export type MedicareSecondaryType = keyof typeof MEDICARE_SECONDARY_TYPES;

export const MEDICARE_SECONDARY_TYPE_CODES = Object.keys(
  MEDICARE_SECONDARY_TYPES,
) as MedicareSecondaryType[];

/** Claim filing indicators of Medicare: Part B (MB) and Part A (MA). */
const MEDICARE: readonly ClaimFilingIndicator[] = ['MA', 'MB'];

/**
 * Why a claim to Medicare as a secondary or tertiary payer cannot be built, or nothing when it
 * can. The reason Medicare pays second decides how Medicare adjudicates, so medbill never
 * guesses it (CMS MSP manual, Pub. 100-05, chapter 3): the coverage must say it.
 */
export function medicareSecondaryProblem(
  payer: { readonly name: string; readonly claimFilingIndicator: ClaimFilingIndicator },
  coverage: {
    readonly order: 'primary' | 'secondary' | 'tertiary';
    readonly medicareSecondaryType?: MedicareSecondaryType | undefined;
  },
): Problem | undefined {
  if (!MEDICARE.includes(payer.claimFilingIndicator) || coverage.order === 'primary')
    return undefined;
  if (coverage.medicareSecondaryType !== undefined) return undefined;
  return {
    path: 'coverage.medicareSecondaryType',
    code: 'msp_type_required',
    message: `${payer.name} is the ${coverage.order} payer: record on the coverage why Medicare pays second (MSP type ${MEDICARE_SECONDARY_TYPE_CODES.join(', ')}; e.g. 12 working aged, 43 disabled, 47 other liability), sent as 2000B SBR05`,
  };
}
