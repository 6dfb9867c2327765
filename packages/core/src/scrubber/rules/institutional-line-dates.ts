import type { FacilityTypeCode } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * Medicare bill types whose every revenue line needs its own date of service (NUBC UB-04
 * manual, quoted in X12 RFI 1435): outpatient and Part B bills, home health, clinics, hospice.
 */
const LINE_DATED_TYPES: ReadonlySet<string> = new Set<FacilityTypeCode>([
  '12',
  '13',
  '14',
  '22',
  '23',
  '32',
  '33',
  '34',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '83',
  '85',
]);

const MEDICARE = new Set(['MA', 'MB']);

/** Medicare outpatient-type bills carry a line item date (837I 2400 DTP*472, UB-04 FL 45) on every line. */
export const institutionalLineDates: ScrubRule = {
  id: 'INST-DATE-002',
  category: 'dates',
  severity: 'reject',
  source: '837I 2400 DTP*472; UB-04 FL 45; NUBC line-item date requirement (X12 RFI 1435)',
  title: 'Medicare outpatient bills date every revenue line',
  check: (claim) => {
    const facts = claim.institutional;
    if (!facts || !LINE_DATED_TYPES.has(facts.facilityType)) return [];
    if (!MEDICARE.has(claim.payer.claimFilingIndicator)) return [];
    return facts.lines.flatMap((l, i) =>
      l.serviceDate === undefined
        ? [
            {
              location: line(i),
              field: 'serviceDate',
              message: `Line ${i + 1} (revenue code ${l.revenueCode}) has no date of service; Medicare needs one on every line of a ${facts.facilityType}x bill.`,
              fix: 'Enter the date the service on this line was given (FL 45).',
            },
          ]
        : [],
    );
  },
};
