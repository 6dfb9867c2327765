import { isFacilityTypeCode } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * The type of bill's first two digits (837I CLM05-1, UB-04 FL 4) name a kind of facility and
 * a bill classification that exist together. Claims Processing Manual ch. 25 §75.1.
 */
export const institutionalTypeOfBill: ScrubRule = {
  id: 'INST-TOB-001',
  category: 'required-data',
  severity: 'reject',
  source: '837I 2300 CLM05-1; UB-04 FL 4 (type of bill)',
  title: 'The type of bill is a valid facility type and bill classification',
  check: (claim) => {
    const facility = claim.institutional?.facilityType;
    if (facility === undefined || isFacilityTypeCode(facility)) return [];
    return [
      {
        field: 'institutional.facilityType',
        message: `Type of bill ${facility}${claim.frequency} does not start with a valid facility type and bill classification.`,
        fix: 'Use the type of bill for the setting: 11x hospital inpatient, 13x hospital outpatient, 21x SNF inpatient, 32x home health, 81x hospice…',
      },
    ];
  },
};
