import type { ScrubRule } from '../rule.ts';

/**
 * TR3 2300 HI: at least one diagnosis; an 837P carries at most 12 (CMS-1500 box 21 A–L), an
 * 837I the principal and 24 others (HI ABK + two HI segments of 12 ABF).
 */
export const diagnosisCount: ScrubRule = {
  id: 'REQ-DX-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2300 HI (ABK + up to 11 ABF); 837I 2300 HI (ABK + up to 24 ABF)',
  title: 'The claim has at least one diagnosis and no more than its form holds',
  check: (claim) => {
    const n = claim.diagnoses.length;
    if (n === 0) {
      return [
        {
          field: 'diagnoses',
          message: 'The claim has no diagnosis.',
          fix: 'Code the encounter before billing it.',
        },
      ];
    }
    if (claim.kind === 'professional' && n > 12) {
      return [
        {
          field: 'diagnoses',
          message: `The claim has ${n} diagnoses; an 837P carries at most 12.`,
          fix: 'Split the claim, keeping each line with the diagnoses it points at.',
        },
      ];
    }
    if (claim.kind === 'institutional' && n > 25) {
      return [
        {
          field: 'diagnoses',
          message: `The claim has ${n} diagnoses; an 837I carries the principal and at most 24 others.`,
          fix: 'Report the diagnoses that affect the stay, principal first (UB-04 FL 67 A–Q, 24 in all on the 837I).',
        },
      ];
    }
    return [];
  },
};
