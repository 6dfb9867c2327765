/**
 * Names of the most common NUBC revenue code groups (the first three digits, `012x`), as CMS
 * lists them for UB-04 form locator 42 (Medicare Claims Processing Manual, Pub. 100-04, ch. 25
 * §75.5, and the NUBC UB-04 Data Specifications Manual). Only these few are named; any other
 * revenue code is shown by its digits alone.
 */
const REVENUE_CODE_GROUPS: Readonly<Record<string, string>> = {
  '010': 'all-inclusive rate',
  '011': 'room & board, private',
  '012': 'room & board, semi-private (two beds)',
  '013': 'room & board, semi-private (three and four beds)',
  '020': 'intensive care',
  '021': 'coronary care',
  '025': 'pharmacy',
  '026': 'IV therapy',
  '027': 'medical/surgical supplies and devices',
  '030': 'laboratory',
  '031': 'laboratory pathology',
  '032': 'radiology, diagnostic',
  '033': 'radiology, therapeutic',
  '035': 'CT scan',
  '036': 'operating room services',
  '037': 'anesthesia',
  '045': 'emergency room',
  '051': 'clinic',
  '061': 'MRI',
  '071': 'recovery room',
  '073': 'EKG/ECG',
};

/** The name of a revenue code's group (`0120` → room & board, semi-private), when it is a common one. */
export function revenueCodeGroup(revenueCode: string): string | undefined {
  return /^\d{4}$/.test(revenueCode) ? REVENUE_CODE_GROUPS[revenueCode.slice(0, 3)] : undefined;
}

/** What identifies a billed service: a procedure code, a revenue code, or both (an outpatient facility line). */
export interface ServiceCodes {
  readonly procedureCode?: string | undefined;
  readonly modifiers?: readonly string[] | undefined;
  readonly revenueCode?: string | undefined;
}

/**
 * A service line as a biller reads it in a ledger or claim: `99214-25`, `0120 room & board,
 * semi-private (two beds)`, or for a facility line with a HCPCS code `0300 laboratory · 85025`.
 */
export function serviceLabel({ procedureCode, modifiers = [], revenueCode }: ServiceCodes): string {
  const revenue =
    revenueCode === undefined
      ? undefined
      : [revenueCode, revenueCodeGroup(revenueCode)].filter(Boolean).join(' ');
  const procedure =
    procedureCode === undefined ? undefined : [procedureCode, ...modifiers].join('-');
  return [revenue, procedure].filter(Boolean).join(' · ');
}
