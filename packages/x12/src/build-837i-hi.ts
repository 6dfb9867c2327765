import type { Claim837i, Diagnosis837i, Procedure837i } from './build-837i-input.ts';
import { icd10cm } from './build-837p-claim.ts';
import type { SetBuilder } from './build-segments.ts';
import { amount, code, date, pattern, type Checked } from './build-values.ts';

/** An HI segment carries at most 12 code composites (HI01..HI12). */
const perSegment = 12;

const icd10pcs = (value: string) =>
  pattern(value, /^[0-9A-HJ-NP-Z]{7}$/, 'procedure', 'a seven-character ICD-10-PCS code');
const nubcCode = (value: string, what: string) =>
  pattern(value, /^[0-9A-Z]{2}$/, what, 'a two-character NUBC code');
const poaCodes = ['Y', 'N', 'U', 'W', '1'] as const;

/** C022 of a diagnosis: qualifier, code, and HI0n-9 present on admission when given. */
const diagnosis = (qualifier: string, d: Diagnosis837i): readonly Checked[] => [
  qualifier,
  icd10cm(d.code),
  ...(d.presentOnAdmission === undefined
    ? []
    : ['', '', '', '', '', '', code(d.presentOnAdmission, poaCodes, 'present on admission')]),
];

const procedure = (qualifier: string, p: Procedure837i): readonly Checked[] => [
  qualifier,
  icd10pcs(p.code),
  'D8',
  date(p.date, 'procedure date'),
];

/**
 * Writes one group of HI codes: up to `segments` HI segments of 12 composites each; more codes
 * than fit are refused at the element after the last that fits, never dropped.
 */
function writeGroup(
  b: SetBuilder,
  composites: readonly (readonly Checked[])[],
  what: string,
  segments = 1,
  max = perSegment * segments,
): void {
  if (composites.length > max) {
    b.report(
      'HI',
      b.nextTxIndex,
      'too-many-codes',
      `has ${composites.length} ${what}; at most ${max} fit`,
      {
        element: Math.min(max, perSegment) + 1,
        ack: { ik3: '8', ik4: '3' },
      },
    );
  }
  const kept = composites.slice(0, max);
  for (let at = 0; at < kept.length; at += perSegment) {
    b.add('HI', kept.slice(at, at + perSegment));
  }
}

/**
 * The 2300 HI segments of an institutional claim in TR3 X223A2 order, each kind in its own
 * segment: ABK principal diagnosis, ABJ admitting, APR reasons for visit (3), ABN external
 * causes (12), ABF other diagnoses (24), BBR principal procedure, BBQ other procedures (24),
 * BH occurrences (24), BE values with amounts (24), BG conditions (24).
 */
export function writeInstitutionalCodes(b: SetBuilder, claim: Claim837i): void {
  writeGroup(b, [diagnosis('ABK', claim.principalDiagnosis)], 'principal diagnoses');
  if (claim.admittingDiagnosis !== undefined)
    writeGroup(b, [['ABJ', icd10cm(claim.admittingDiagnosis)]], 'admitting diagnoses');
  const reasons = claim.reasonsForVisit ?? [];
  if (reasons.length > 0)
    writeGroup(
      b,
      reasons.map((r) => ['APR', icd10cm(r)]),
      'reasons for visit',
      1,
      3,
    );
  const causes = claim.externalCauses ?? [];
  if (causes.length > 0)
    writeGroup(
      b,
      causes.map((d) => diagnosis('ABN', d)),
      'external causes',
    );
  const others = claim.otherDiagnoses ?? [];
  if (others.length > 0)
    writeGroup(
      b,
      others.map((d) => diagnosis('ABF', d)),
      'other diagnoses',
      2,
    );
  if (claim.principalProcedure !== undefined)
    writeGroup(b, [procedure('BBR', claim.principalProcedure)], 'principal procedures');
  const procedures = claim.otherProcedures ?? [];
  if (procedures.length > 0) {
    if (claim.principalProcedure === undefined)
      b.flag(
        'HI',
        'principal-procedure-missing',
        'other procedures (BBQ) need a principal procedure (BBR)',
        1,
      );
    writeGroup(
      b,
      procedures.map((p) => procedure('BBQ', p)),
      'other procedures',
      2,
    );
  }
  const occurrences = claim.occurrences ?? [];
  if (occurrences.length > 0)
    writeGroup(
      b,
      occurrences.map((o) => [
        'BH',
        nubcCode(o.code, 'occurrence code'),
        'D8',
        date(o.date, 'occurrence date'),
      ]),
      'occurrence codes',
      2,
    );
  const values = claim.values ?? [];
  if (values.length > 0)
    writeGroup(
      b,
      values.map((v) => [
        'BE',
        nubcCode(v.code, 'value code'),
        '',
        '',
        amount(v.amount, 'value amount'),
      ]),
      'value codes',
      2,
    );
  const conditions = claim.conditions ?? [];
  if (conditions.length > 0)
    writeGroup(
      b,
      conditions.map((c) => ['BG', nubcCode(c, 'condition code')]),
      'condition codes',
      2,
    );
}
