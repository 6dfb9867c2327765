import type { Benefit, Rejection } from './eligibility.ts';
import {
  benefitInfoCodes,
  coverageLevelCodes,
  followUpActionCodes,
  insuranceTypeCodes,
  rejectReasonCodes,
  serviceTypeCodes,
  timePeriodCodes,
  yesNoUnknownCodes,
} from './eligibility-codes.ts';

/** Cents as dollars for people: `$25.50`, `$500.00`. */
const dollars = (cents: number): string => {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

const word = (list: Readonly<Record<string, string>>, code: string, what: string): string =>
  list[code] ?? `${what} ${code}`;

/**
 * A benefit in words, e.g. `co-payment, individual, professional (physician) visit: office,
 * $25.00 per visit, in network: yes`.
 */
export function describeBenefit(b: Benefit): string {
  const parts = [word(benefitInfoCodes, b.code, 'benefit code')];
  if (b.coverageLevel !== undefined)
    parts.push(word(coverageLevelCodes, b.coverageLevel, 'coverage level'));
  if (b.serviceTypes.length > 0)
    parts.push(b.serviceTypes.map((t) => word(serviceTypeCodes, t, 'service type')).join(', '));
  if (b.insuranceType !== undefined)
    parts.push(word(insuranceTypeCodes, b.insuranceType, 'insurance type'));
  if (b.planDescription !== undefined) parts.push(`"${b.planDescription}"`);
  const per =
    b.timePeriod === undefined ? '' : ` per ${word(timePeriodCodes, b.timePeriod, 'period')}`;
  if (b.amount !== undefined) parts.push(`${dollars(b.amount)}${per}`);
  if (b.percent !== undefined) parts.push(`${b.percent}%${per}`);
  if (b.amount === undefined && b.percent === undefined && per !== '') parts.push(per.trim());
  if (b.quantity !== undefined)
    parts.push(`quantity ${b.quantity.value} (${b.quantity.qualifier})`);
  if (b.authorizationRequired !== undefined)
    parts.push(`authorization required: ${word(yesNoUnknownCodes, b.authorizationRequired, '')}`);
  if (b.inPlanNetwork !== undefined)
    parts.push(`in network: ${word(yesNoUnknownCodes, b.inPlanNetwork, '')}`);
  return parts.join(', ');
}

/** An AAA rejection in words, e.g. `rejected: 72 invalid/missing subscriber/insured ID; please correct and resubmit`. */
export function describeRejection(r: Rejection): string {
  const reason = word(rejectReasonCodes, r.reason, 'reject reason');
  const followUp =
    r.followUp === undefined
      ? ''
      : `; ${word(followUpActionCodes, r.followUp, 'follow-up action')}`;
  return `${r.validRequest ? 'not processed' : 'rejected'}: ${r.reason} ${reason}${followUp}`;
}
