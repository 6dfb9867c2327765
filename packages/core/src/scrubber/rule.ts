import type { IsoDate } from '../dates/index.ts';
import type { IssueLocation, RuleCategory, ScrubIssue, Severity } from './issue.ts';
import type { ScrubClaim } from './scrub-claim.ts';

/** Another claim already on file, for duplicate checks. */
export interface ClaimOnFile {
  readonly claimNumber: string;
  readonly patientAccountNumber: string;
  readonly renderingProviderNpi?: string;
  /** The rendering provider's taxonomy (specialty). */
  readonly renderingTaxonomy?: string;
  /** The billing provider (the group). */
  readonly billingProviderNpi?: string;
  readonly lines: readonly {
    readonly serviceDate: IsoDate;
    readonly procedureCode: string;
    readonly modifiers: readonly string[];
    readonly units?: number;
  }[];
}

/** What a rule may consult besides the claim. "Now" is passed in, never read from a clock. */
export interface ScrubContext {
  readonly today: IsoDate;
  /** The day the claim will be sent; timely filing is measured to it. Defaults to today. */
  readonly submissionDate?: IsoDate;
  /** Claims already on file for the same patient (not including this one). */
  readonly claimsOnFile?: readonly ClaimOnFile[];
}

/** One finding before the rule's metadata is attached. */
export interface Finding {
  readonly message: string;
  readonly fix: string;
  readonly location?: IssueLocation;
  readonly field: string;
  /** Overrides the rule's severity (e.g. a timely-filing warning before the limit passes). */
  readonly severity?: Severity;
}

export interface ScrubRule {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly source: string;
  /** One line on what the rule checks, for the rule catalogue. */
  readonly title: string;
  readonly check: (claim: ScrubClaim, context: ScrubContext) => readonly Finding[];
}

export const CLAIM: IssueLocation = { scope: 'claim' };
export const line = (index: number): IssueLocation => ({ scope: 'line', line: index + 1 });

export function toIssue(rule: ScrubRule, finding: Finding): ScrubIssue {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: finding.severity ?? rule.severity,
    message: finding.message,
    fix: finding.fix,
    source: rule.source,
    location: finding.location ?? CLAIM,
    field: finding.field,
  };
}
