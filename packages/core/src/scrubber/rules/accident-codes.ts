import type { ScrubClaim } from '../scrub-claim.ts';

/**
 * Which ICD-10-CM codes say a condition came from an injury, and how (chapter 19 and the
 * external causes of chapter 20; codes dotless, as on the claim), and whether a claim reports
 * the accident they call for.
 */

/** Injuries, foreign bodies, burns and frostbite (S00–T34), drowning/lightning and other effects of external causes (T75), and early complications of trauma (T79). */
export function isInjury(code: string): boolean {
  return /^S\d/.test(code) || /^T(0\d|1\d|2\d|3[0-4]|75|79)/.test(code);
}

/** External causes of accidental injury: transport accidents (V00–V99) and other accidents (W00–X58). */
export function isAccidentalCause(code: string): boolean {
  return /^(V\d|W\d|X[0-4]\d|X5[0-8])/.test(code);
}

/**
 * External causes that say the injury was not an accident: intentional self-harm (X71–X83),
 * assault (X92–Y09), undetermined intent (Y21–Y33), legal intervention, war and terrorism
 * (Y35–Y38).
 */
export function isNonAccidentalCause(code: string): boolean {
  return /^(X7[1-9]|X8[0-3]|X9[2-9]|Y0\d|Y2[1-9]|Y3[0-3]|Y3[5-8])/.test(code);
}

/** Y99.0: the activity was done for income or pay (external cause status: work-related). */
export const isWorkStatus = (code: string): boolean => code === 'Y990';

/** UB-04 occurrence codes of an accident: 01 auto, 02 no-fault, 03 tort liability, 04 employment related, 05 other, 06 crime victim. */
export const ACCIDENT_OCCURRENCES: ReadonlySet<string> = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
]);

/** Whether the claim reports an accident at all, and an employment-related one. */
export function reportedAccident(claim: ScrubClaim): { any: boolean; employment: boolean } {
  if (claim.kind === 'institutional') {
    const codes = (claim.institutional?.occurrences ?? []).map((o) => o.code);
    return {
      any: codes.some((c) => ACCIDENT_OCCURRENCES.has(c)),
      employment: codes.includes('04'),
    };
  }
  const causes = claim.conditions?.relatedCauses ?? [];
  return {
    any: causes.length > 0 || claim.conditions?.accidentDate !== undefined,
    employment: causes.includes('EM'),
  };
}
