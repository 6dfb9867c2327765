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
  /** The payer forwarded the claim itself: the next payer's claim is recorded as sent, not billed. */
  | {
      readonly kind: 'crossover';
      readonly adjudication: PriorAdjudication;
      /** CLP02 19, 20 or 21. */
      readonly status: string;
    }
  /** The payer forwarded the claim to a payer the patient has no coverage on file with. */
  | { readonly kind: 'crossover-without-coverage' }
  | { readonly kind: 'hold'; readonly reason: string }
  | { readonly kind: 'none' };

/**
 * After a payer's 835 is posted, whether the next payer in order gets a claim: yes when part of
 * the balance moved to a payer (PR transferred to the secondary coverage) and the 835 accounts
 * for every billed line, balanced, so that the new claim's COB loops balance too; held, with the
 * reason, when lines are missing or unbalanced. When the payer forwarded the claim itself
 * (CLP02 19/20/21) it is never billed again (a duplicate): the next payer's claim is a crossover,
 * recorded as sent, whose 835 comes from the next payer — or, with no next coverage on file, a
 * biller must find out where it went.
 */
export function nextPayerDecision(
  remit: RemitClaim,
  plan: PostingPlan,
  nextParty: Party,
  billedLineCount: number,
): NextPayerDecision {
  const crossover = CROSSOVER_STATUSES.includes(remit.status);
  if (nextParty.kind !== 'payer')
    return crossover ? { kind: 'crossover-without-coverage' } : { kind: 'none' };
  const moved = plan.entries.some(
    (e) =>
      e.kind === 'transfer' && e.to.kind === 'payer' && e.to.coverageId === nextParty.coverageId,
  );
  if (!moved) return { kind: 'none' };
  if (crossover)
    return { kind: 'crossover', adjudication: adjudicationOf(remit, plan), status: remit.status };
  if (plan.matches.length < billedLineCount || plan.unbalancedLines.length > 0) {
    return {
      kind: 'hold',
      reason: `the 835 accounts for ${plan.matches.length - plan.unbalancedLines.length} of ${billedLineCount} lines in balance; the next payer's claim would not balance`,
    };
  }
  return { kind: 'bill', adjudication: adjudicationOf(remit, plan) };
}

function adjudicationOf(remit: RemitClaim, plan: PostingPlan): PriorAdjudication {
  const prAmounts = [...remit.adjustments, ...remit.lines.flatMap((l) => l.adjustments)].flatMap(
    (a) => (a.group === 'PR' ? [a.amount] : []),
  );
  return {
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
  };
}
