import type { ScrubRule } from '../rule.ts';

/**
 * TR3 2320/2330B/2430: a secondary or tertiary claim carries each earlier payer's adjudication
 * (paid amount, adjustments, and line-level adjudication); without it the payer rejects it.
 */
export const priorPayerAdjudication: ScrubRule = {
  id: 'COB-ADJ-001',
  category: 'coverage',
  severity: 'reject',
  source: '837P 2320 AMT*D, 2330B NM1*PR, 2430 SVD',
  title: 'Secondary and tertiary claims carry the earlier payers’ adjudication',
  check: (claim) => {
    const order = claim.coverage?.order;
    if (order === undefined || order === 'primary') return [];
    const needed = order === 'secondary' ? ['primary'] : ['primary', 'secondary'];
    const missing = needed.filter((o) => !(claim.priorPayers ?? []).some((p) => p.order === o));
    if (missing.length > 0) {
      return [
        {
          field: 'priorPayers',
          message: `This ${order} claim to ${claim.payer.name} has no ${missing.join(' or ')} payer adjudication.`,
          fix: "Post the earlier payer's remittance (835) first; the claim is then built with its payments and adjustments.",
        },
      ];
    }
    const withoutLines = (claim.priorPayers ?? []).filter((p) => p.lines.length === 0);
    return withoutLines.map((p) => ({
      field: 'priorPayers',
      message: `The ${p.order} payer's adjudication has no line-level detail (2430 SVD/CAS).`,
      fix: "Re-post the earlier payer's 835 so that each line's payment and adjustments are recorded.",
    }));
  },
};
