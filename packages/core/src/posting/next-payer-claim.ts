import type { Party } from '../ledger/index.ts';
import type { Cents } from '../money/index.ts';
import { sumCents } from '../money/index.ts';
import type { PostingPlan } from './plan-posting.ts';
import type { RemitAdjustment, RemitClaim } from './remittance.ts';

/** CLP02 codes saying the payer forwarded the claim to the next payer itself (crossover). */
export const CROSSOVER_STATUSES: readonly string[] = ['19', '20', '21'];

/** What a payer decided, as the next payer's claim carries it (837P 2320/2430). */
export interface PriorAdjudication {
  readonly paid: Cents;
  /** CLP05, else Σ PR adjustments: what the payer left to the patient (2320 AMT*EAF). */
  readonly patientResponsibility: Cents;
  /** Claim-level CAS (835 2100 → 837P 2320 CAS). */
  readonly claimAdjustments: readonly RemitAdjustment[];
  /** Per billed line (service line id): the 835 SVC as paid, with its CAS (→ 2430). */
  readonly lines: readonly {
    readonly lineId: string;
    readonly procedureCode: string;
    readonly modifiers: readonly string[];
    readonly units?: number;
    readonly paid: Cents;
    readonly adjustments: readonly RemitAdjustment[];
  }[];
}

export type NextPayerDecision =
  | { readonly kind: 'bill'; readonly adjudication: PriorAdjudication }
  | { readonly kind: 'crossover' }
  | { readonly kind: 'hold'; readonly reason: string }
  | { readonly kind: 'none' };

/**
 * After a payer's 835 is posted, whether the next payer in order gets a claim: yes when part of
 * the balance moved to a payer (PR transferred to the secondary coverage) and the 835 accounts
 * for every billed line, balanced, so that the new claim's COB loops balance too; never when the
 * payer forwarded the claim itself (CLP02 19/20/21 — billing it again would be a duplicate);
 * held, with the reason, when lines are missing or unbalanced.
 */
export function nextPayerDecision(
  remit: RemitClaim,
  plan: PostingPlan,
  nextParty: Party,
  billedLineCount: number,
): NextPayerDecision {
  if (nextParty.kind !== 'payer') return { kind: 'none' };
  const moved = plan.entries.some(
    (e) =>
      e.kind === 'transfer' && e.to.kind === 'payer' && e.to.coverageId === nextParty.coverageId,
  );
  if (!moved) return { kind: 'none' };
  if (CROSSOVER_STATUSES.includes(remit.status)) return { kind: 'crossover' };
  if (plan.matches.length < billedLineCount || plan.unbalancedLines.length > 0) {
    return {
      kind: 'hold',
      reason: `the 835 accounts for ${plan.matches.length - plan.unbalancedLines.length} of ${billedLineCount} lines in balance; the next payer's claim would not balance`,
    };
  }
  const prAmounts = [...remit.adjustments, ...remit.lines.flatMap((l) => l.adjustments)].flatMap(
    (a) => (a.group === 'PR' ? [a.amount] : []),
  );
  return {
    kind: 'bill',
    adjudication: {
      paid: remit.paid,
      patientResponsibility:
        remit.patientResponsibility > 0 ? remit.patientResponsibility : sumCents(prAmounts),
      claimAdjustments: remit.adjustments,
      lines: plan.matches.map(({ remit: line, billed }) => ({
        lineId: billed.id,
        procedureCode: line.procedureCode,
        modifiers: line.modifiers,
        ...(line.units === undefined ? {} : { units: line.units }),
        paid: line.paid,
        adjustments: line.adjustments,
      })),
    },
  };
}
