import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

const PCTC_MEANING: Readonly<Record<string, string>> = {
  '0': 'physician service, no components',
  '1': 'diagnostic test with professional and technical components',
  '2': 'professional component only code',
  '3': 'technical component only code',
  '4': 'global test only code',
  '5': 'incident-to code',
  '6': 'laboratory physician interpretation code',
  '7': 'physical therapy service',
  '8': 'physician interpretation code',
  '9': 'concept does not apply',
};

/**
 * Modifiers 26 (professional component) and TC (technical component) only on codes the fee
 * schedule prices with that component (PC/TC indicator 1 and the like). CMS MPFS RVU file,
 * "PC/TC Indicator" definitions; Claims Processing Manual ch. 12 §20.4.
 */
export function modifierPcTc(facts: CodeFacts): ScrubRule {
  return {
    id: 'MOD-PCTC-001',
    category: 'modifier',
    severity: 'deny',
    source: 'CMS MPFS PC/TC indicator; Claims Processing Manual ch. 12 §20.4',
    title: 'Modifier 26 or TC only where the PC/TC indicator allows it',
    check: (claim) =>
      claim.lines.flatMap((l, i) => {
        const fee = facts.procedure(l.procedure, l.serviceDate).fee;
        if (!fee) return [];
        return l.modifiers
          .map((m, k) => ({ m, k }))
          .filter(({ m }) => (m === '26' || m === 'TC') && !fee.componentModifiers.includes(m))
          .map(({ m, k }) => ({
            location: line(i),
            field: `modifiers.${k + 1}`,
            message: `Line ${i + 1} (${l.procedure.code}) has modifier ${m}, but its PC/TC indicator is ${fee.pctc} (${PCTC_MEANING[fee.pctc] ?? 'unknown'}): the fee schedule has no ${m} component.`,
            fix: `Remove modifier ${m}; bill the code as it is defined.`,
          }));
      }),
  };
}
