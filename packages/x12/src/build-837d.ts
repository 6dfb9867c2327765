import { writeDentalClaim } from './build-837d-claim.ts';
import { buildClaimSet } from './build-837-set.ts';
import type { Build837dInput } from './build-837d-input.ts';
import {
  writeBillingProvider,
  writePatient,
  writeSubscriber,
  type BillingProviderRules,
} from './build-837p-parties.ts';
import type { BuildOptions, BuildResult } from './build-transaction.ts';
import { read837d } from './read-837d.ts';

/** The 837D billing provider: PRV*BI only when a taxonomy is given; EIN or SSN. */
const dentalRules: BillingProviderRules = { taxonomyRequired: false, ssnAllowed: true };

/**
 * Builds one 837D interchange (ISA/GS/ST..SE/GE/IEA, 005010X224A2) from dental claims: the HL
 * tree of billing providers, subscribers and patients as the 837P writes it, and per claim CLM
 * (CLM19 PB for a predetermination), REF*G1/F8, HI, the 2310B rendering dentist, COB loops
 * 2320/2330A/2330B for a secondary claim, and SV3 lines with their CDT code (AD), oral cavity,
 * prosthesis, teeth (TOO), date of service and 2430 line adjudications (SVD03 AD).
 *
 * Refuses — returns issues and no text — when any value is invalid (a CDT code that is not D
 * and four digits, a tooth or surface outside the ADA lists, a line without its date of
 * service on a claim, CLM02 ≠ Σ SV302, frequency 7/8 without REF*F8...), every problem at
 * once, located. The text built is then checked by `validateX12` (envelope, elements) and by
 * {@link read837d} (loops, HL tree, SV3/TOO codes, claim rules, COB balancing of TR3 1.4.4.1),
 * and refused if either finds an error.
 *
 * @example
 * ```ts
 * const { text, issues } = build837d({ envelope, transactionControlNumber: 1, ...batch });
 * if (text === undefined) return reportProblems(issues);
 * ```
 */
export function build837d(input: Build837dInput, options: BuildOptions = {}): BuildResult {
  const built = buildClaimSet(input, options, {
    name: '837D',
    version: '005010X224A2',
    writers: {
      billingProvider: (b, claim, hl) => writeBillingProvider(b, claim, hl, dentalRules),
      subscriber: writeSubscriber,
      patient: writePatient,
      claim: writeDentalClaim,
    },
  });
  if (built.text === undefined) return built;
  // validateX12 has no 837D reader: the dental reader checks what the builder wrote.
  const read = read837d(built.text).issues;
  const issues = [...built.issues, ...read];
  return read.some((i) => i.severity === 'error') ? { issues } : { text: built.text, issues };
}
