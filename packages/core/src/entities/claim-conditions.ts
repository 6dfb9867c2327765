import { z } from 'zod';
import { isoDateField, usStateField } from './fields.ts';

/**
 * CLM11 related causes (CMS-1500 box 10a–c): employment, auto accident, other accident. An
 * 837P carries at most two (CLM11-1, CLM11-2).
 */
export const RELATED_CAUSES = ['EM', 'AA', 'OA'] as const;
export type RelatedCause = (typeof RELATED_CAUSES)[number];

/**
 * What the patient's condition is related to and its dates, as the claim reports them: CLM11
 * and 2300 DTP*439 (accident), DTP*431 (onset of current illness, box 14) and DTP*454 (initial
 * treatment, box 15). Whether a claim needs them depends on its codes: the scrubber says so.
 */
export const claimConditionsInput = z
  .object({
    relatedCauses: z
      .array(z.enum(RELATED_CAUSES))
      .max(2, 'a claim reports at most two related causes (CLM11-1, CLM11-2)')
      .refine((causes) => new Set(causes).size === causes.length, 'a related cause is listed twice')
      .default([]),
    /** CLM11-4: the state or province where an auto accident happened. */
    accidentState: usStateField.optional(),
    accidentDate: isoDateField.optional(),
    onsetDate: isoDateField.optional(),
    initialTreatmentDate: isoDateField.optional(),
  })
  .default({ relatedCauses: [] });

export type ClaimConditions = z.output<typeof claimConditionsInput>;

export const NO_CONDITIONS: ClaimConditions = { relatedCauses: [] };

/** One text per distinct set of conditions, so encounters that differ never share a claim. */
export function conditionsKey(c: ClaimConditions): string {
  return [
    [...c.relatedCauses].sort().join(','),
    c.accidentState ?? '',
    c.accidentDate ?? '',
    c.onsetDate ?? '',
    c.initialTreatmentDate ?? '',
  ].join('/');
}
