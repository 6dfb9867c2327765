import { writeClaim } from './build-837p-claim.ts';
import type { Build837pInput } from './build-837p-input.ts';
import { buildClaimSet } from './build-837-set.ts';
import {
  writeBillingProvider,
  writePatient,
  writeProfessionalSubscriber,
} from './build-837p-parties.ts';
import type { BuildOptions, BuildResult } from './build-transaction.ts';

/** The text built, with any warnings; or, when refused, no text and the issues why. */
export type Build837pResult = BuildResult;

/** How to lay out the built text (defaults: `* ^ : ~`, no line breaks). */
export type Build837pOptions = BuildOptions;

export { recommendedMaxClaims } from './build-837p-tree.ts';

/**
 * Builds one 837P interchange (ISA/GS/ST..SE/GE/IEA, 005010X222A1) from claims: the HL tree of
 * billing providers (2000A), subscribers (2000B) and dependent patients (2000C) with correct
 * HL01/HL02/HL04, the claims (2300, 2310A/B/C) and their lines (2400, 2410), SE01 counted.
 *
 * Refuses — returns issues and no text — when any value is invalid (missing or bad NPI,
 * a delimiter in a value, a bad date, more than 12 diagnoses or 50 lines, a pointer to no
 * diagnosis, CLM02 ≠ Σ line charges, frequency 7/8 without REF*F8...): every problem at
 * once, each located by segment, element, loop and the claim's patient control number.
 * The text built is then checked by `validateX12` (the checks `read837p` applies too, through
 * the same `professionalClaimReader`), and refused if it finds any error: the writer never
 * emits what its validator rejects ({@link buildTransaction}).
 * Secondary and tertiary claims carry the earlier payers' adjudication: 2320 (SBR, CAS, AMT*D,
 * AMT*EAF, OI), 2330A, 2330B and 2430 (SVD, CAS, DTP*573), balanced as TR3 1.4.4.1 requires.
 *
 * @example
 * ```ts
 * const { text, issues } = build837p({ envelope, transactionControlNumber: 1, ...batch });
 * if (text === undefined) return reportProblems(issues);
 * await submit(text);
 * ```
 */
export function build837p(input: Build837pInput, options: Build837pOptions = {}): Build837pResult {
  return buildClaimSet(input, options, {
    name: '837P',
    version: '005010X222A1',
    writers: {
      billingProvider: writeBillingProvider,
      subscriber: writeProfessionalSubscriber,
      patient: writePatient,
      claim: writeClaim,
    },
  });
}
