/**
 * What the scrubber reports. Severity follows the biller's question "what happens if I send it":
 * `reject` — the payer's front end (or clearinghouse) would bounce it; `deny` — it would be
 * adjudicated and likely denied; `warn` — worth a look before sending.
 */
export type Severity = 'reject' | 'deny' | 'warn';

export type RuleCategory =
  | 'required-data'
  | 'dates'
  | 'diagnosis'
  | 'procedure'
  | 'modifier'
  | 'ncci'
  | 'line'
  | 'duplicate'
  | 'coverage'
  | 'payer';

/** Where on the claim: the claim itself, or line N (1-based, as printed on the claim). */
export type IssueLocation =
  { readonly scope: 'claim' } | { readonly scope: 'line'; readonly line: number };

export interface ScrubIssue {
  /** Stable identifier, e.g. `NCCI-PTP-001`; worklists filter on it. */
  readonly ruleId: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** Billing language naming the codes and values involved. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** Where the rule comes from: TR3 loop/element, NCCI chapter, ICD-10-CM guideline, payer. */
  readonly source: string;
  readonly location: IssueLocation;
  /** The field at fault, e.g. `billingProvider.npi`, `diagnoses.2`, `modifiers.1`. */
  readonly field: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { reject: 0, deny: 1, warn: 2 };

/** Most severe first, then claim-level before lines, then by line and rule. */
export function compareIssues(a: ScrubIssue, b: ScrubIssue): number {
  const line = (i: ScrubIssue) => (i.location.scope === 'claim' ? 0 : i.location.line);
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    line(a) - line(b) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
