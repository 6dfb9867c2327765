import type { Finding, ScrubRule } from '../rule.ts';
import type { ScrubClaim } from '../scrub-claim.ts';
import { dx } from './code-set-helpers.ts';
import {
  isAccidentalCause,
  isInjury,
  isNonAccidentalCause,
  isWorkStatus,
  reportedAccident,
} from './accident-codes.ts';

/** Where each kind of claim says what a condition is related to, in a biller's words. */
const WHERE = {
  professional: {
    accident:
      'the claim does not say the condition is related to an accident (CLM11, box 10b/10c) nor when it happened',
    related: 'the claim says nothing about an accident or employment (CLM11, box 10)',
    employment: 'the claim does not mark the condition employment related (CLM11 EM, box 10a)',
    fix: 'Mark it an auto accident (with the state) or another accident and enter the accident date',
  },
  institutional: {
    accident: 'the bill has no accident occurrence code (01–06, FL 31–34) with the accident date',
    related: 'the bill has no accident occurrence code (01–06, FL 31–34)',
    employment: 'the bill has no occurrence code 04 (accident/employment related, FL 31–34)',
    fix: 'Add occurrence code 01 (auto), 02 (no-fault), 03 (tort liability), 05 (other accident) or 06 (crime victim) with the accident date',
  },
} as const;

function injuryFinding(claim: ScrubClaim): Finding | undefined {
  const where = WHERE[claim.kind];
  if (reportedAccident(claim).any) return undefined;
  const accidental = claim.diagnoses.find(isAccidentalCause);
  if (accidental)
    return {
      field:
        claim.kind === 'professional' ? 'conditions.relatedCauses' : 'institutional.occurrences',
      message: `${dx(accidental)} says the injury came from an accident, but ${where.accident}.`,
      fix: `${where.fix}: payers hold accident claims for other liability (auto, no-fault, Medicare secondary payer) and deny them without it.`,
    };
  const injury = claim.diagnoses.find(isInjury);
  if (injury && !claim.diagnoses.some(isNonAccidentalCause))
    return {
      field:
        claim.kind === 'professional' ? 'conditions.relatedCauses' : 'institutional.occurrences',
      severity: 'warn',
      message: `${dx(injury)} is an injury, and ${where.related} or how it happened (no external cause code).`,
      fix: 'Record whether the injury is related to employment or an accident, with its date; if it is neither, add the external cause code that says so.',
    };
  return undefined;
}

function workFinding(claim: ScrubClaim): Finding | undefined {
  if (reportedAccident(claim).employment || !claim.diagnoses.some(isWorkStatus)) return undefined;
  return {
    field: claim.kind === 'professional' ? 'conditions.relatedCauses' : 'institutional.occurrences',
    message: `${dx('Y990')} says the injury happened at work (activity done for income or pay), but ${WHERE[claim.kind].employment}.`,
    fix: "Mark it employment related and bill the workers' compensation carrier; a health plan denies a work injury as the workers' compensation carrier's liability (CARC 19).",
  };
}

/**
 * The diagnosis codes call for accident facts: an external cause of accidental injury
 * (V00–X58) needs the accident reported (837P CLM11 AA/OA with DTP*439; 837I occurrence code
 * 01–06 with its date), a work-status code (Y99.0) needs employment (CLM11 EM; occurrence 04),
 * and an injury with neither accident facts nor an external cause is flagged for review.
 */
export const accidentInjury: ScrubRule = {
  id: 'ACC-INJURY-001',
  category: 'diagnosis',
  severity: 'deny',
  source:
    '837P 2300 CLM11, DTP*439 (CMS-1500 box 10); 837I HI BH occurrence codes 01-06 (UB-04 FL 31-34); ICD-10-CM Official Guidelines I.C.20; CARC 19',
  title: 'Injury and external cause codes come with the accident or employment facts they call for',
  check: (claim) =>
    [injuryFinding(claim), workFinding(claim)].filter((f): f is Finding => f !== undefined),
};
