import type { SegmentRules } from '../segment-rules.ts';

const period = { 3: { type: 'period' } } as const;
const trace = { 1: { required: true, codes: ['1'] }, 2: { required: true }, 3: { required: true } };
const reference = { 1: { required: true }, 2: { required: true } };

/**
 * Element rules of the 270 (005010X279A1) that a payer front end applies: BHT codes and date,
 * the NM1 entity, type and ID qualifiers of each level, TRN trace numbers, DMG birth date and
 * gender, DTP periods.
 */
export const rules270: SegmentRules = {
  '/BHT': {
    1: { required: true, codes: ['0022'] },
    2: { required: true, codes: ['01', '13'] },
    3: { required: true },
    4: { required: true, type: 'date' },
    5: { required: true },
  },
  '2100A/NM1': {
    1: { required: true, codes: ['2B', '36', 'GP', 'P5', 'PR'] },
    2: { required: true, codes: ['1', '2'] },
    3: { required: true },
    8: { required: true, codes: ['24', '46', 'FI', 'NI', 'PI', 'XV', 'XX'] },
    9: { required: true },
  },
  '2100B/NM1': {
    1: { required: true, codes: ['1P', '2B', '36', '80', 'FA', 'GP', 'P5', 'PR'] },
    2: { required: true, codes: ['1', '2'] },
    3: { required: true },
    8: { required: true, codes: ['24', '34', '46', 'FI', 'PI', 'PP', 'SV', 'XV', 'XX'] },
    9: { required: true },
  },
  '2100B/REF': reference,
  '2000C/TRN': trace,
  '2100C/NM1': {
    1: { required: true, codes: ['IL'] },
    2: { required: true, codes: ['1', '2'] },
    8: { codes: ['II', 'MI'] },
  },
  '2100C/REF': reference,
  '2100C/DMG': {
    1: { required: true, codes: ['D8'] },
    2: { required: true, type: 'date' },
    3: { codes: ['F', 'M', 'U'] },
  },
  '2100C/DTP': period,
  '2110C/DTP': period,
  '2000D/TRN': trace,
  '2100D/NM1': { 1: { required: true, codes: ['03'] }, 2: { required: true, codes: ['1'] } },
  '2100D/REF': reference,
  '2100D/DMG': {
    1: { required: true, codes: ['D8'] },
    2: { required: true, type: 'date' },
    3: { codes: ['F', 'M', 'U'] },
  },
  '2100D/DTP': period,
  '2110D/DTP': period,
};
