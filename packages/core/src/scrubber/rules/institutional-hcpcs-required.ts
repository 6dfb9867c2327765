import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * Revenue code groups of services paid by HCPCS under the Medicare outpatient prospective
 * payment system: laboratory and pathology (030x, 031x), radiology, nuclear medicine, CT and
 * other imaging (032x–035x, 040x, 061x), operating room (036x), therapies (042x–044x),
 * emergency room (045x), pulmonary function (046x), cardiology (048x), clinic (051x), EKG and
 * EEG (073x, 074x), and drugs requiring detailed coding (0636).
 */
const HCPCS_REVENUE_GROUPS = [
  '030',
  '031',
  '032',
  '033',
  '034',
  '035',
  '036',
  '040',
  '042',
  '043',
  '044',
  '045',
  '046',
  '048',
  '051',
  '061',
  '073',
  '074',
];

function needsHcpcs(revenueCode: string): boolean {
  return revenueCode === '0636' || HCPCS_REVENUE_GROUPS.includes(revenueCode.slice(0, 3));
}

/**
 * Hospital outpatient bills to Medicare (13x) report a HCPCS code on every line whose revenue
 * code is paid by HCPCS under OPPS; without it the line is returned or denied. Medicare Claims
 * Processing Manual ch. 4 §20 (reporting of HCPCS for OPPS services).
 */
export const institutionalHcpcsRequired: ScrubRule = {
  id: 'INST-REV-002',
  category: 'line',
  severity: 'deny',
  source: '837I 2400 SV202; UB-04 FL 44; Medicare Claims Processing Manual ch. 4 §20',
  title: 'Medicare outpatient lines paid by HCPCS carry their HCPCS code',
  check: (claim) => {
    const facts = claim.institutional;
    if (facts?.facilityType !== '13' || claim.payer.claimFilingIndicator !== 'MB') return [];
    return facts.lines.flatMap((l, i) =>
      l.procedure === undefined && needsHcpcs(l.revenueCode)
        ? [
            {
              location: line(i),
              field: 'procedure',
              message: `Line ${i + 1}: revenue code ${l.revenueCode} on a Medicare outpatient bill has no HCPCS code.`,
              fix: 'Enter the CPT/HCPCS code of the service (FL 44); Medicare pays this revenue code by HCPCS under OPPS.',
            },
          ]
        : [],
    );
  },
};
