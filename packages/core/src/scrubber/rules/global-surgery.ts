import { addDays } from '../../dates/index.ts';
import type { IsoDate } from '../../dates/index.ts';
import type { CodeFacts } from '../code-facts.ts';
import type { ClaimOnFile, ScrubRule } from '../rule.ts';
import type { ScrubClaim } from '../scrub-claim.ts';
import { line } from '../rule.ts';
import { isEvaluationAndManagement, procedureOf } from './code-set-helpers.ts';

const GLOBAL_MODIFIERS = ['24', '25', '57', '79'];

interface Surgery {
  readonly code: string;
  readonly date: IsoDate;
  readonly days: 10 | 90;
  readonly where: string;
}

/**
 * E/M visits inside a surgery's global period are part of the surgical package: the day before
 * and the 90 days after a major surgery (global 090), the day of and the 10 days after a minor
 * one (global 010). A separately payable visit needs 57 (decision for surgery), 25 (same day,
 * separate problem), 24 (unrelated visit in the postoperative period) or 79. Surgeries come from
 * this claim's other dates and from the claims on file — those of the same surgeon, or of the same
 * group and specialty (§40.1 A: the package covers physicians in the same group with the same
 * specialty); another physician's visit is not part of it. Claims Processing Manual ch. 12
 * §40.1–40.4; NCCI Policy Manual ch. 1 §D; CMS MPFS global days.
 */
export function globalSurgery(facts: CodeFacts): ScrubRule {
  return {
    id: 'GLOBAL-SURG-001',
    category: 'modifier',
    severity: 'deny',
    source: 'Claims Processing Manual ch. 12 §40.1–40.4; NCCI Policy Manual ch. 1 §D',
    title: 'No E/M inside a global surgical period without 24, 25, 57 or 79',
    check: (claim, context) => {
      const candidates = [
        ...claim.lines.map((l) => ({
          code: l.procedure.code,
          date: l.serviceDate,
          where: 'this claim',
        })),
        ...(context.claimsOnFile ?? [])
          .filter((other) => other.claimNumber !== claim.claimNumber && samePackage(claim, other))
          .flatMap((other) =>
            other.lines.map((l) => ({
              code: l.procedureCode,
              date: l.serviceDate,
              where: `claim ${other.claimNumber}`,
            })),
          ),
      ];
      const surgeries = candidates.flatMap((c): Surgery[] => {
        const global = facts.procedure(procedureOf(c.code), c.date).fee?.globalDays;
        return global === '090'
          ? [{ ...c, days: 90 }]
          : global === '010'
            ? [{ ...c, days: 10 }]
            : [];
      });
      if (surgeries.length === 0) return [];
      return claim.lines.flatMap((l, i) => {
        if (!isEvaluationAndManagement(l.procedure.code)) return [];
        if (l.modifiers.some((m) => GLOBAL_MODIFIERS.includes(m))) return [];
        const d = l.serviceDate;
        const surgery = surgeries.find((s) => {
          const start = s.days === 90 ? addDays(s.date, -1) : s.date;
          // Same-day minor procedures on this claim are MOD-25-001's to judge.
          if (s.days === 10 && s.date === d && s.where === 'this claim') return false;
          return d >= start && d <= addDays(s.date, s.days);
        });
        if (!surgery) return [];
        const end = addDays(surgery.date, surgery.days);
        return [
          {
            location: line(i),
            field: 'modifiers',
            message: `Line ${i + 1}: E/M ${l.procedure.code} on ${d} falls in the ${surgery.days}-day global period of ${surgery.code} (${surgery.date}, ${surgery.where}; global ends ${end}) without modifier 24, 25, 57 or 79.`,
            fix:
              d <= surgery.date
                ? 'If this visit was the decision for surgery, add 57; if for a separate problem, add 25; otherwise it is part of the surgical package.'
                : 'If the visit was unrelated to the surgery, add 24 and point it at the unrelated diagnosis; routine post-operative care is not billed.',
          },
        ];
      });
    },
  };
}

/**
 * Whether a claim on file's surgeon shares this claim's surgical package. Where a claim on file
 * does not say who rendered it, it is assumed to (the safe side: a warning to look at).
 */
function samePackage(claim: ScrubClaim, other: ClaimOnFile): boolean {
  const rendering = claim.renderingProvider ?? claim.billingProvider;
  if (other.renderingProviderNpi === undefined) return true;
  if (other.renderingProviderNpi === rendering.npi) return true;
  return (
    other.billingProviderNpi === claim.billingProvider.npi &&
    other.renderingTaxonomy !== undefined &&
    other.renderingTaxonomy === rendering.taxonomy
  );
}
