import type { ScrubRule } from '../rule.ts';
import type { ScrubClaim } from '../scrub-claim.ts';

/** SBR09 codes of Medicare fee-for-service and Medicare Advantage (HMO risk) claims. */
const MEDICARE = new Set(['MA', 'MB', '16']);

export const isMedicareClaim = (claim: ScrubClaim): boolean =>
  MEDICARE.has(claim.payer.claimFilingIndicator);

/**
 * The CMS NCCI tables (PTP, MUE, add-on) are Medicare's edits. Other payers often apply them
 * too, but not always: on a claim to another payer a finding stays visible as a warning that
 * names its source, rather than predicting a denial the payer may not make.
 */
export function medicareEdit(rule: ScrubRule): ScrubRule {
  return {
    ...rule,
    check: (claim, context) => {
      const findings = rule.check(claim, context);
      if (isMedicareClaim(claim)) return findings;
      return findings.map((f) => ({
        ...f,
        severity: 'warn' as const,
        message: `Medicare NCCI edit (check whether ${claim.payer.name} applies it): ${f.message}`,
      }));
    },
  };
}
