import type { ScrubRule } from '../rule.ts';

/** TR3 2300 HI: at least one diagnosis; an 837P carries at most 12 (CMS-1500 box 21 A–L). */
export const diagnosisCount: ScrubRule = {
  id: 'REQ-DX-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2300 HI (ABK + up to 11 ABF)',
  title: 'The claim has between 1 and 12 diagnoses',
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
    return [];
  },
};
