import type { DentalClaim, DentalLine, ToothInfo } from './claim-837d.ts';
import type { LineAdjudication } from './claim-837p.ts';
import { checkClaimLines } from './check-claim-lines.ts';
import type { ElementReader } from './element-reader.ts';
import { locate } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import type { Cents } from './money.ts';
import { readProcedure } from './read-835-parts.ts';
import type { Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
/** A dental line while its TOO, DTP, REF and 2430 are read. */
export type DentalLineDraft = Omit<
  Draft<DentalLine>,
  'teeth' | 'diagnosisPointers' | 'adjudications'
> & {
  teeth: ToothInfo[];
  diagnosisPointers: number[];
  adjudications: Draft<LineAdjudication>[];
};

/** TOO03 tooth surface codes (005010X224A2): buccal, distal, facial, incisal, lingual, mesial, occlusal. */
export const toothSurfaceCodes = ['B', 'D', 'F', 'I', 'L', 'M', 'O'] as const;

/**
 * Reads SV3 (2400 dental service): SV301 AD procedure (required, qualifier AD), SV302 charge,
 * SV303 place of service, SV304 oral cavity designations, SV305 prosthesis (I/R), SV306
 * procedure count, SV311 diagnosis pointers (1-4 each).
 */
export function readSv3(seg: Segment, r: ElementReader, lx: string): DentalLineDraft {
  const procedure = readProcedure(seg, 1) ?? { qualifier: '', code: '', modifiers: [] };
  if (procedure.qualifier === '') r.missingComponent(seg, 1, 1);
  else if (procedure.qualifier !== 'AD')
    r.report(seg, 'invalid-code', `SV301-1 "${procedure.qualifier}" must be AD (CDT)`, 1, {
      ik3: '8',
      ik4: '7',
    });
  if (procedure.code === '') r.missingComponent(seg, 1, 2);
  const line: DentalLineDraft = {
    number: lx,
    procedure,
    charge: r.cents(seg, 2, true) ?? (0 as Cents),
    oralCavity: (seg.elements[3] ?? '').split(seg.delimiters.component).filter((c) => c !== ''),
    diagnosisPointers: [],
    teeth: [],
    adjudications: [],
    at: locate(seg),
  };
  const placeOfService = r.text(seg, 3);
  if (placeOfService !== '') line.placeOfService = placeOfService;
  const prosthesis = r.code(seg, 5, ['I', 'R']);
  if (prosthesis !== undefined) line.prosthesis = prosthesis;
  const quantity = r.decimal(seg, 6);
  if (quantity !== undefined) line.quantity = quantity;
  (seg.elements[10] ?? '').split(seg.delimiters.component).forEach((p, i) => {
    if (p === '') return;
    const n = Number(p);
    if (Number.isInteger(n) && n >= 1 && n <= 4) line.diagnosisPointers.push(n);
    else
      r.report(seg, 'invalid-diagnosis-pointer', `SV311-${i + 1} "${p}" is not a pointer 1-4`, 11);
  });
  return line;
}

/** Reads TOO: TOO01 JP (Universal National Tooth Designation), TOO02 tooth, TOO03 surfaces. */
export function readToo(seg: Segment, r: ElementReader): ToothInfo {
  r.code(seg, 1, ['JP'], true);
  const surfaces = (seg.elements[2] ?? '').split(seg.delimiters.component).filter((s) => s !== '');
  surfaces.forEach((s, i) => {
    if (!(toothSurfaceCodes as readonly string[]).includes(s))
      r.report(seg, 'invalid-code', `TOO03-${i + 1} "${s}" is not a tooth surface code`, 3, {
        ik3: '8',
        ik4: '7',
      });
  });
  return { tooth: r.text(seg, 2, true), surfaces };
}

/**
 * Claim-level rules of 005010X224A2 a payer front end applies, reported on the CLM: at least
 * one line, CLM02 = Σ SV302, REF*F8 on frequency 7/8 (IK3 I6), and SV311 pointers to
 * diagnoses the claim has. A line without a date of service (2400 DTP*472, or 2300 DTP*472 for
 * the whole claim) on a claim that is no predetermination (CLM19 PB) is a warning: two of the
 * TR3's own examples (X224A2 sales tax, multiple tooth numbers) send none.
 */
export function checkDentalClaim(claim: DentalClaim, r: ElementReader, warn: IssueSink): void {
  r.loop = '2300';
  checkClaimLines(claim, 'SV302', r);
  if ((claim.frequency === '7' || claim.frequency === '8') && !claim.payerClaimControlNumber)
    r.report(
      claim.at,
      'missing-payer-claim-control-number',
      `claim ${claim.claimId} has no REF*F8 though its frequency is ${claim.frequency}`,
      undefined,
      { ik3: 'I6' },
    );
  r.loop = '2400';
  for (const line of claim.lines) {
    if (
      !claim.predetermination &&
      claim.serviceDate === undefined &&
      line.serviceDate === undefined
    )
      warn(
        issueAt(
          line.at,
          'service-date-missing',
          `claim ${claim.claimId} line ${line.number} has no DTP*472 service date`,
          { loop: '2400', severity: 'warning' },
        ),
      );
    for (const p of line.diagnosisPointers)
      if (p > claim.diagnoses.length)
        r.report(
          line.at,
          'diagnosis-pointer-unknown',
          `line ${line.number}: SV311 points to diagnosis ${p} but the claim has ${claim.diagnoses.length}`,
          11,
        );
  }
}
