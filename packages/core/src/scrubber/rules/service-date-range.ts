import { compareIsoDate, isWithin } from '../../dates/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * TR3 2400 DTP*472: every line's date lies within the claim's service period, which must not
 * end before it starts; and no service is dated before the patient's birth.
 */
export const serviceDateRange: ScrubRule = {
  id: 'DATE-DOS-002',
  category: 'dates',
  severity: 'reject',
  source: '837P 2300 DTP*431/472, 2400 DTP*472; 2010CA DMG02',
  title: 'Service dates are consistent with each other and with the birth date',
  check: (claim) => {
    if (compareIsoDate(claim.serviceDateTo, claim.serviceDateFrom) < 0) {
      return [
        {
          field: 'serviceDateTo',
          message: `The service period ends (${claim.serviceDateTo}) before it starts (${claim.serviceDateFrom}).`,
          fix: 'Correct the dates of service.',
        },
      ];
    }
    const period = { from: claim.serviceDateFrom, to: claim.serviceDateTo };
    return [
      ...(compareIsoDate(claim.serviceDateFrom, claim.patient.dateOfBirth) < 0
        ? [
            {
              field: 'serviceDateFrom',
              message: `Service on ${claim.serviceDateFrom} is before the patient's birth date ${claim.patient.dateOfBirth}.`,
              fix: "Correct the date of service or the patient's birth date.",
            },
          ]
        : []),
      ...claim.lines.flatMap((l, i) =>
        isWithin(l.serviceDate, period)
          ? []
          : [
              {
                location: line(i),
                field: 'serviceDate',
                message: `Line ${i + 1} is dated ${l.serviceDate}, outside the claim's service period ${claim.serviceDateFrom} to ${claim.serviceDateTo}.`,
                fix: "Correct the line's date or the claim's service period.",
              },
            ],
      ),
    ];
  },
};
