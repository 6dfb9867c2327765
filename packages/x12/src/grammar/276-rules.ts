import type { SegmentRules } from '../segment-rules.ts';

const demographics = {
  1: { required: true, codes: ['D8'] },
  2: { required: true, type: 'date' },
  3: { codes: ['F', 'M', 'U'] },
} as const;
const reference = { 1: { required: true }, 2: { required: true } };
const claimLevel = {
  TRN: { 1: { required: true, codes: ['1'] }, 2: { required: true } },
  REF: reference,
  AMT: { 1: { required: true, codes: ['T3'] }, 2: { required: true, type: 'amount' } },
  DTP: { 1: { required: true, codes: ['472'] }, 3: { type: 'period' } },
} as const;
const lineLevel = {
  SVC: { 1: { required: true }, 2: { required: true, type: 'amount' } },
  REF: reference,
  DTP: { 1: { required: true, codes: ['472'] }, 3: { type: 'period' } },
} as const;

/**
 * Element rules of the 276 (005010X212) that a payer front end applies: BHT codes and date,
 * the NM1 entity, type and ID qualifiers of payer (PR, PI/XV), receiver (41, 46), provider (1P,
 * FI/SV/XX), subscriber (IL, II/MI) and dependent (QC); DMG; TRN, REF, AMT*T3 and DTP*472 of
 * each claim (2200D/E) and SVC, REF, DTP of each line (2210D/E).
 */
export const rules276: SegmentRules = {
  '/BHT': {
    1: { required: true, codes: ['0010'] },
    2: { required: true, codes: ['13'] },
    3: { required: true },
    4: { required: true, type: 'date' },
  },
  '2100A/NM1': {
    1: { required: true, codes: ['PR'] },
    2: { required: true, codes: ['2'] },
    3: { required: true },
    8: { required: true, codes: ['PI', 'XV'] },
    9: { required: true },
  },
  '2100B/NM1': {
    1: { required: true, codes: ['41'] },
    2: { required: true, codes: ['1', '2'] },
    3: { required: true },
    8: { required: true, codes: ['46'] },
    9: { required: true },
  },
  '2100C/NM1': {
    1: { required: true, codes: ['1P'] },
    2: { required: true, codes: ['1', '2'] },
    3: { required: true },
    8: { required: true, codes: ['FI', 'SV', 'XX'] },
    9: { required: true },
  },
  '2000D/DMG': demographics,
  '2100D/NM1': {
    1: { required: true, codes: ['IL'] },
    2: { required: true, codes: ['1', '2'] },
    3: { required: true },
    8: { required: true, codes: ['II', 'MI'] },
    9: { required: true },
  },
  '2200D/TRN': claimLevel.TRN,
  '2200D/REF': claimLevel.REF,
  '2200D/AMT': claimLevel.AMT,
  '2200D/DTP': claimLevel.DTP,
  '2210D/SVC': lineLevel.SVC,
  '2210D/REF': lineLevel.REF,
  '2210D/DTP': lineLevel.DTP,
  '2000E/DMG': demographics,
  '2100E/NM1': {
    1: { required: true, codes: ['QC'] },
    2: { required: true, codes: ['1'] },
    3: { required: true },
  },
  '2200E/TRN': claimLevel.TRN,
  '2200E/REF': claimLevel.REF,
  '2200E/AMT': claimLevel.AMT,
  '2200E/DTP': claimLevel.DTP,
  '2210E/SVC': lineLevel.SVC,
  '2210E/REF': lineLevel.REF,
  '2210E/DTP': lineLevel.DTP,
};
