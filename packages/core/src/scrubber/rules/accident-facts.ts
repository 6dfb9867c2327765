import { compareIsoDate } from '../../dates/index.ts';
import type { IsoDate } from '../../dates/index.ts';
import { RELATED_CAUSES } from '../../entities/index.ts';
import { isUsState } from '../../identifiers/index.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { ACCIDENT_OCCURRENCES } from './accident-codes.ts';
import type { ScrubClaim, ScrubConditions } from '../scrub-claim.ts';

const DATES = [
  ['accidentDate', 'accident date (DTP*439)'],
  ['onsetDate', 'onset of the current illness (DTP*431, box 14)'],
  ['initialTreatmentDate', 'initial treatment date (DTP*454, box 15)'],
] as const;

function causeFindings(c: ScrubConditions): Finding[] {
  const findings: Finding[] = [];
  for (const cause of c.relatedCauses) {
    if (!(RELATED_CAUSES as readonly string[]).includes(cause))
      findings.push({
        field: 'conditions.relatedCauses',
        message: `Related cause "${cause}" (CLM11) is not EM (employment), AA (auto accident) or OA (other accident).`,
        fix: 'Use EM, AA or OA, at most two of them.',
      });
  }
  const accident = c.relatedCauses.includes('AA') || c.relatedCauses.includes('OA');
  if (c.relatedCauses.includes('AA') && !(c.accidentState && isUsState(c.accidentState)))
    findings.push({
      field: 'conditions.accidentState',
      message: c.accidentState
        ? `The auto accident state "${c.accidentState}" (CLM11-4) is not a state code.`
        : 'The claim says the condition is related to an auto accident but not in which state it happened (CLM11-4, box 10b).',
      fix: 'Enter the two-letter state where the accident happened.',
    });
  if (accident && c.accidentDate === undefined)
    findings.push({
      field: 'conditions.accidentDate',
      message: `The claim says the condition is related to ${c.relatedCauses.includes('AA') ? 'an auto accident' : 'an accident'} but gives no accident date (DTP*439).`,
      fix: 'Enter the date of the accident.',
    });
  if (c.accidentDate !== undefined && c.relatedCauses.length === 0)
    findings.push({
      field: 'conditions.relatedCauses',
      message: `The claim gives an accident date (${c.accidentDate}) but does not say what the condition is related to (CLM11, box 10).`,
      fix: 'Say whether it was an auto accident (with its state), another accident, or employment; or remove the accident date.',
    });
  return findings;
}

function dateFindings(c: ScrubConditions, firstService: IsoDate): Finding[] {
  return DATES.flatMap(([field, label]) => {
    const date = c[field];
    return date !== undefined && compareIsoDate(date, firstService) > 0
      ? [
          {
            field: `conditions.${field}`,
            message: `The ${label} ${date} is after the first date of service ${firstService}.`,
            fix: 'A service cannot precede the accident or illness it treats: correct the date.',
          },
        ]
      : [];
  });
}

/** 837I: an accident occurrence code (01–06) carries its date, and the date precedes the stay. */
function occurrenceFindings(claim: ScrubClaim): Finding[] {
  const from = claim.institutional?.statementFrom ?? claim.serviceDateFrom;
  return (claim.institutional?.occurrences ?? []).flatMap((o, i): Finding[] => {
    if (!ACCIDENT_OCCURRENCES.has(o.code)) return [];
    const field = `institutional.occurrences.${i + 1}`;
    if (o.date === undefined)
      return [
        {
          field,
          message: `Occurrence code ${o.code} (FL 31–34) has no date: the accident's date goes with it.`,
          fix: 'Enter the date of the accident with the occurrence code.',
        },
      ];
    return compareIsoDate(o.date, from) > 0
      ? [
          {
            field,
            message: `Occurrence code ${o.code} dates the accident ${o.date}, after the statement period begins ${from}.`,
            fix: 'A stay cannot begin before the accident that caused it: correct the occurrence date.',
          },
        ]
      : [];
  });
}

const firstServiceDate = (claim: ScrubClaim): IsoDate =>
  claim.lines
    .map((l) => l.serviceDate)
    .reduce((a, b) => (compareIsoDate(a, b) <= 0 ? a : b), claim.serviceDateFrom);

/**
 * TR3 005010X222A1 2300 CLM11 and DTP*439: an auto accident names its state (CLM11-4); an auto
 * or other accident gives its date; an accident date says what kind of accident it was; and no
 * accident, onset or initial-treatment date falls after the service. On an 837I, an accident
 * occurrence code (01–06) has its date, not after the statement period begins.
 */
export const accidentFacts: ScrubRule = {
  id: 'ACC-FACTS-001',
  category: 'required-data',
  severity: 'reject',
  source:
    '837P 2300 CLM11 (related causes, CLM11-4 state), DTP*439, DTP*431, DTP*454; CMS-1500 boxes 10, 14, 15; 837I HI BH (UB-04 FL 31-34)',
  title:
    'Accident facts are complete and consistent, and no accident or onset date follows the service',
  check: (claim) => {
    if (claim.kind === 'institutional') return occurrenceFindings(claim);
    const c = claim.conditions;
    if (c === undefined) return [];
    return [...causeFindings(c), ...dateFindings(c, firstServiceDate(claim))];
  },
};
