import { writeInstitutionalClaim } from './build-837i-claim.ts';
import { buildClaimSet } from './build-837-set.ts';
import type { Build837iInput } from './build-837i-input.ts';
import {
  writeBillingProvider,
  writePatient,
  writeSubscriber,
  type BillingProviderRules,
} from './build-837p-parties.ts';
import type { BuildOptions, BuildResult } from './build-transaction.ts';

/** The 837I billing provider: PRV*BI only when a taxonomy is given, the TIN an EIN. */
const institutionalRules: BillingProviderRules = { taxonomyRequired: false, ssnAllowed: false };

/**
 * Builds one 837I interchange (ISA/GS/ST..SE/GE/IEA, 005010X223A2) from institutional claims
 * (UB-04): the HL tree of billing providers, subscribers and patients as the 837P writes it,
 * and per claim CLM with the type of bill (CLM05 facility type:A:frequency), DTP*096/434/435,
 * CL1, REF*G1/F8/EA, the HI codes (ABK, ABJ, APR, ABN, ABF, BBR, BBQ, BH, BE, BG), the 2310A
 * attending, 2310B operating and 2310D rendering providers, COB loops 2320/2330A/2330B, and the
 * SV2 lines with DTP*472 on outpatient claims and 2430 line adjudications.
 *
 * Refuses — returns issues and no text — when any value is invalid or a TR3 situational rule
 * is broken (inpatient claims need admission date and hour, type and source, admitting
 * diagnosis and, when final, the discharge hour; outpatient lines need a service date within
 * the statement period; a principal procedure needs the operating physician), every problem at
 * once, each located by segment, element, loop and the claim's patient control number. The
 * text built is then checked by `validateX12` (the checks `read837i` applies, COB balancing of
 * TR3 1.4.4.1 among them, located on the 2320 SBR or 2430 SVD) and refused if it finds an error.
 *
 * @example
 * ```ts
 * const { text, issues } = build837i({ envelope, transactionControlNumber: 1, ...batch });
 * if (text === undefined) return reportProblems(issues);
 * await submit(text);
 * ```
 */
export function build837i(input: Build837iInput, options: BuildOptions = {}): BuildResult {
  return buildClaimSet(input, options, {
    name: '837I',
    version: '005010X223A2',
    writers: {
      billingProvider: (b, claim, hl) => writeBillingProvider(b, claim, hl, institutionalRules),
      subscriber: writeSubscriber,
      patient: writePatient,
      claim: writeInstitutionalClaim,
    },
  });
}
