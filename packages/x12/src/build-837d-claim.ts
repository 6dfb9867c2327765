import { writeDentalAdjudication } from './build-837d-cob.ts';
import type { Claim837d, ServiceLine837d } from './build-837d-input.ts';
import { checkClm, icd10cm, writeProvider } from './build-837p-claim.ts';
import { writeOtherPayers } from './build-837p-cob.ts';
import { taxonomy } from './build-837p-parties.ts';
import type { SetBuilder } from './build-segments.ts';
import { amount, code, date, flaw, pattern, quantity, text, type Checked } from './build-values.ts';

/** At most 4 diagnoses (HI01..HI04), 50 lines, 32 teeth per line (TR3 X224A2). */
export const maxDentalDiagnoses = 4;
export const maxDentalLines = 50;
const maxTeeth = 32;

/** SV304 area of the oral cavity codes (ADA). */
const oralCavityCodes = [
  '00',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '20',
  '30',
  '40',
  'L',
  'R',
] as const;
const surfaceCodes = ['B', 'D', 'F', 'I', 'L', 'M', 'O'] as const;

const placeOfService = (value: string | undefined) =>
  pattern(value, /^\d{2}$/, 'place of service', 'a two-digit place of service code');
const tooth = (value: string) =>
  pattern(
    value,
    /^([1-9]|[12]\d|3[0-2]|[A-T]|5[1-9]|[67]\d|8[0-2]|[A-T]S)$/,
    'tooth',
    'a Universal National Tooth Designation (1-32, A-T, 51-82, AS-TS)',
  );

/**
 * Loop 2300 of a dental claim (005010X224A2) with its 2310B rendering dentist, the 2320/2330A/
 * 2330B other payers (COB, the writer the 837P and 837I share) and 2400 lines with their 2430:
 * CLM (CLM05 POS:B:frequency, CLM06 Y, CLM07 A, CLM08 Y, CLM09 Y, CLM19 PB for a
 * predetermination), REF*G1, REF*F8, HI (ABK then ABF). Reports CLM02 ≠ Σ SV302, frequency
 * 7/8 without REF*F8, more than 4 diagnoses.
 */
export function writeDentalClaim(b: SetBuilder, claim: Claim837d): void {
  b.loop = '2300';
  const clm = b.nextTxIndex;
  const clm19: Checked[] =
    claim.predetermination === true ? ['', '', '', '', '', '', '', '', '', 'PB'] : [];
  b.add('CLM', [
    text(claim.patientControlNumber, 20, 'patient control number'),
    amount(claim.totalCharge, 'total charge'),
    '',
    '',
    [
      placeOfService(claim.placeOfService),
      'B',
      code(claim.frequency, ['1', '7', '8'], 'frequency'),
    ],
    'Y',
    'A',
    'Y',
    'Y',
    ...clm19,
  ]);
  checkClm(b, clm, claim);
  if (claim.priorAuthorization !== undefined)
    b.add('REF', ['G1', text(claim.priorAuthorization, 50, 'prior authorization')]);
  if (claim.payerClaimNumber !== undefined && claim.payerClaimNumber.trim() !== '')
    b.add('REF', ['F8', text(claim.payerClaimNumber, 50, 'payer claim control number')]);
  const diagnoses = claim.diagnoses ?? [];
  if (diagnoses.length > maxDentalDiagnoses)
    b.report(
      'HI',
      b.nextTxIndex,
      'too-many-diagnoses',
      `has ${diagnoses.length} diagnoses; at most ${maxDentalDiagnoses} fit`,
      { element: maxDentalDiagnoses + 1, ack: { ik3: '8', ik4: '3' } },
    );
  if (diagnoses.length > 0)
    b.add(
      'HI',
      diagnoses.slice(0, maxDentalDiagnoses).map((d, i) => [i === 0 ? 'ABK' : 'ABF', icd10cm(d)]),
    );
  if (claim.renderingProvider !== undefined) {
    b.loop = '2310B';
    writeProvider(b, '82', claim.renderingProvider, true);
    if (claim.renderingProvider.taxonomy !== undefined)
      b.add('PRV', ['PE', 'PXC', taxonomy(claim.renderingProvider.taxonomy)]);
  }
  writeOtherPayers(b, claim);
  if (claim.lines.length === 0) {
    b.loop = '2400';
    b.flag('LX', 'required-loop-missing', 'a claim needs at least one service line (2400)');
  }
  claim.lines.forEach((line, i) => writeDentalLine(b, claim, line, i + 1));
}

/**
 * 2400: LX, SV3 (AD:CDT:modifiers, charge, SV303 only when it differs from CLM05-1, oral cavity,
 * prosthesis, count, SV311 pointers), TOO per tooth (JP, tooth, surfaces), DTP*472 (not on a
 * predetermination, required otherwise), REF*6R.
 */
function writeDentalLine(b: SetBuilder, claim: Claim837d, line: ServiceLine837d, n: number): void {
  b.loop = '2400';
  if (n === maxDentalLines + 1)
    b.flag(
      'LX',
      'too-many-lines',
      `a claim has at most ${maxDentalLines} service lines; this one has ${claim.lines.length}`,
      1,
    );
  b.add('LX', [String(n)]);
  const modifiers = line.modifiers ?? [];
  if (modifiers.length > 4)
    b.flag('SV3', 'too-many-modifiers', 'a procedure has at most four modifiers', 1, 7);
  const cavity = line.oralCavity ?? [];
  if (cavity.length > 5)
    b.flag('SV3', 'too-many-codes', 'at most five oral cavity designations', 4, 6);
  const pointers = line.pointers ?? [];
  if (pointers.length > 4)
    b.flag('SV3', 'too-many-pointers', 'a line has at most four diagnosis pointers', 11, 5);
  const known = Math.min((claim.diagnoses ?? []).length, maxDentalDiagnoses);
  const pos =
    line.placeOfService === undefined || line.placeOfService === claim.placeOfService
      ? ''
      : placeOfService(line.placeOfService);
  b.add('SV3', [
    [
      'AD',
      pattern(line.procedureCode, /^D\d{4}$/, 'procedure code', 'a CDT code (D and four digits)'),
      ...modifiers
        .slice(0, 4)
        .map((m) => pattern(m, /^[A-Z0-9]{2}$/, 'modifier', 'two letters or digits')),
    ],
    amount(line.charge, 'line charge'),
    pos,
    cavity.slice(0, 5).map((c) => code(c, oralCavityCodes, 'oral cavity designation')),
    line.prosthesis === undefined ? '' : code(line.prosthesis, ['I', 'R'], 'prosthesis'),
    line.quantity === undefined ? '' : quantity(line.quantity, 'procedure count'),
    '',
    '',
    '',
    '',
    pointers
      .slice(0, 4)
      .map((p): Checked =>
        Number.isInteger(p) && p >= 1 && p <= known
          ? String(p)
          : flaw(
              'diagnosis-pointer-unknown',
              `points to diagnosis ${p} but the claim has ${known}`,
            ),
      ),
  ]);
  const teeth = line.teeth ?? [];
  if (teeth.length > maxTeeth)
    b.flag('TOO', 'too-many-teeth', `a line names at most ${maxTeeth} teeth`, 2);
  for (const t of teeth.slice(0, maxTeeth)) {
    const surfaces = t.surfaces ?? [];
    if (surfaces.length > 5)
      b.flag('TOO', 'too-many-codes', 'a tooth has at most five surfaces', 3, 6);
    b.add('TOO', [
      'JP',
      tooth(t.tooth),
      surfaces.slice(0, 5).map((s) => code(s, surfaceCodes, 'tooth surface')),
    ]);
  }
  if (claim.predetermination === true) {
    if (line.serviceDate !== undefined)
      b.flag(
        'DTP',
        'service-date-not-used',
        'a predetermination has no date of service (the service is not done yet)',
        1,
      );
  } else b.add('DTP', ['472', 'D8', date(line.serviceDate, 'service date')]);
  if (line.lineControlNumber !== undefined && line.lineControlNumber.trim() !== '')
    b.add('REF', ['6R', text(line.lineControlNumber, 50, 'line control number')]);
  for (const a of line.adjudications ?? []) writeDentalAdjudication(b, a, line);
}
