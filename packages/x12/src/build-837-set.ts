import type { ClaimParties837, Header837 } from './build-837p-input.ts';
import { writeHeader } from './build-837p-parties.ts';
import { checkClaimCount, writeClaimTree, type TreeWriters } from './build-837p-tree.ts';
import { buildTransaction, type BuildOptions, type BuildResult } from './build-transaction.ts';

/** What one 837 guide brings to the shared frame. */
export interface ClaimSetKind<C extends ClaimParties837> {
  /** How messages name the set, e.g. `837I`. */
  readonly name: string;
  /** GS08/ST03, e.g. `005010X223A2`. */
  readonly version: string;
  /** The writers of its HL levels and claims. */
  readonly writers: TreeWriters<C>;
}

/**
 * Builds one 837 interchange of any guide: ST with the guide's version, BHT, 1000A submitter
 * and 1000B receiver, then the HL tree with each claim under its patient (TR3 1.4.3).
 */
export function buildClaimSet<
  C extends ClaimParties837 & { readonly patientControlNumber: string },
>(
  input: Header837 & { readonly claims: readonly C[] },
  options: BuildOptions,
  kind: ClaimSetKind<C>,
): BuildResult {
  const header = {
    set: '837',
    functionalId: 'HC',
    version: kind.version,
    controlNumber: input.transactionControlNumber,
  };
  return buildTransaction(header, input.envelope, options, (b) => {
    writeHeader(b, input);
    checkClaimCount(b, input.claims.length, kind.name);
    writeClaimTree(b, input.claims, kind.writers);
  });
}
