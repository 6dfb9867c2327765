import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import type { ScrubClaim } from '../scrub-claim.ts';
import { line } from '../rule.ts';

const BILATERAL_MEANING: Readonly<Record<string, string>> = {
  '0': 'indicator 0: the 150% bilateral adjustment does not apply',
  '2': 'indicator 2: the code is already bilateral',
  '9': 'indicator 9: the bilateral concept does not apply',
};

/**
 * Modifier 50 (bilateral) against RT/LT and the fee schedule's bilateral surgery indicator:
 * 50 never goes with RT or LT on the same line, and only on codes with indicator 1 or 3; an
 * indicator-1 code split into RT and LT lines is worth a look (warn).
 * CMS MPFS RVU file, "Bilateral Surgery" indicator; Medicare Claims Processing Manual ch. 12
 * §40.7.B; NCCI Policy Manual ch. 1.
 */
export function modifierBilateral(facts: CodeFacts): ScrubRule {
  return {
    id: 'MOD-BILAT-001',
    category: 'modifier',
    severity: 'deny',
    source: 'CMS MPFS bilateral surgery indicator; Claims Processing Manual ch. 12 §40.7.B',
    title: 'Modifier 50 agrees with RT/LT and the bilateral indicator',
    check: (claim) => [...modifier50(facts, claim), ...splitSides(facts, claim)],
  };
}

function modifier50(facts: CodeFacts, claim: ScrubClaim): Finding[] {
  return claim.lines.flatMap((l, i): Finding[] => {
    if (!l.modifiers.includes('50')) return [];
    const base = { location: line(i), field: 'modifiers' };
    const code = l.procedure.code;
    const sides = l.modifiers.filter((m) => m === 'RT' || m === 'LT');
    if (sides.length > 0) {
      return [
        {
          ...base,
          message: `Line ${i + 1} (${code}) has modifier 50 with ${sides.join(' and ')}: a line is either bilateral or one side.`,
          fix: 'Keep 50 alone for a bilateral service, or RT/LT alone for one side.',
        },
      ];
    }
    const indicator = facts.procedure(l.procedure, l.serviceDate).fee?.bilateralSurgery;
    const meaning = indicator === undefined ? undefined : BILATERAL_MEANING[indicator];
    return meaning
      ? [
          {
            ...base,
            message: `Line ${i + 1} (${code}) has modifier 50, but the fee schedule gives ${code} bilateral ${meaning}.`,
            fix:
              indicator === '2'
                ? 'Remove modifier 50: the code already includes both sides.'
                : 'Remove modifier 50; bill each side as the payer directs (RT/LT or units).',
          },
        ]
      : [];
  });
}

/** The same indicator-1 code on two lines of a day, one RT and one LT: Medicare wants one line with 50. */
function splitSides(facts: CodeFacts, claim: ScrubClaim): Finding[] {
  return claim.lines.flatMap((l, i): Finding[] => {
    if (!l.modifiers.includes('LT')) return [];
    const right = claim.lines.findIndex(
      (o) =>
        o.procedure.code === l.procedure.code &&
        o.serviceDate === l.serviceDate &&
        o.modifiers.includes('RT'),
    );
    if (right === -1) return [];
    if (facts.procedure(l.procedure, l.serviceDate).fee?.bilateralSurgery !== '1') return [];
    return [
      {
        location: line(i),
        field: 'modifiers',
        severity: 'warn',
        message: `${l.procedure.code} is billed on line ${right + 1} with RT and line ${i + 1} with LT on ${l.serviceDate}; its bilateral indicator is 1 (150% payment).`,
        fix: 'Medicare pays bilateral indicator 1 codes on one line with modifier 50 and 1 unit; check what this payer wants.',
      },
    ];
  });
}
