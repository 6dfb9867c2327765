import type { Claim837p, Provider837p, ServiceLine837p } from './build-837p-input.ts';
import { writeLineAdjudication, writeOtherPayers } from './build-837p-cob.ts';
import { taxonomy, writeAddress } from './build-837p-parties.ts';
import type { SetBuilder } from './build-segments.ts';
import {
  amount,
  code,
  date,
  flaw,
  npi,
  optional,
  pattern,
  quantity,
  text,
  type Checked,
} from './build-values.ts';
import { relatedCauseCodes } from './code-lists.ts';
import { formatCents } from './money.ts';

/** At most 12 diagnoses per claim (HI01..HI12) and 50 service lines (TR3 2300 HI, 2400). */
export const maxDiagnoses = 12;
export const maxLines = 50;

export const icd10cm = (value: string) =>
  pattern(value, /^[A-Z][0-9][0-9A-Z]{1,5}$/, 'diagnosis', 'a dotless ICD-10-CM code');
const placeOfService = (value: string | undefined) =>
  pattern(value, /^\d{2}$/, 'place of service', 'a two-digit place of service code');

/**
 * Loop 2300 with its 2310A/B/C providers, 2320/2330A/2330B other payers (COB) and 2400 lines
 * with their 2430 line adjudications (005010X222A1): CLM (CLM05 POS:B:freq,
 * CLM06 Y, CLM07 A, CLM08 Y, CLM09 Y, CLM11 related causes), DTP*431/454/439, REF*G1, REF*F8,
 * HI (ABK then ABF).
 * Reports CLM02 ≠ Σ SV102, frequency 7/8 without REF*F8, more than 12 diagnoses.
 */
export function writeClaim(b: SetBuilder, claim: Claim837p): void {
  b.loop = '2300';
  const clm = b.nextTxIndex;
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
    ...relatedCauses(claim),
  ]);
  checkClm(b, clm, claim);
  if (claim.onsetDate !== undefined)
    b.add('DTP', ['431', 'D8', date(claim.onsetDate, 'onset date')]);
  if (claim.initialTreatmentDate !== undefined)
    b.add('DTP', ['454', 'D8', date(claim.initialTreatmentDate, 'initial treatment date')]);
  if (claim.accidentDate !== undefined)
    b.add('DTP', ['439', 'D8', date(claim.accidentDate, 'accident date')]);
  if (claim.priorAuthorization !== undefined)
    b.add('REF', ['G1', text(claim.priorAuthorization, 50, 'prior authorization')]);
  if (claim.payerClaimNumber !== undefined && claim.payerClaimNumber.trim() !== '')
    b.add('REF', ['F8', text(claim.payerClaimNumber, 50, 'payer claim control number')]);
  writeDiagnoses(b, claim.diagnoses);
  if (claim.referringProvider !== undefined) {
    b.loop = '2310A';
    writeProvider(b, 'DN', claim.referringProvider, true);
  }
  if (claim.renderingProvider !== undefined) {
    b.loop = '2310B';
    writeProvider(b, '82', claim.renderingProvider, false);
    if (claim.renderingProvider.taxonomy !== undefined)
      b.add('PRV', ['PE', 'PXC', taxonomy(claim.renderingProvider.taxonomy)]);
  }
  const facility = claim.serviceFacility;
  if (facility !== undefined) {
    b.loop = '2310C';
    const id: Checked[] = facility.npi === undefined ? [] : ['XX', npi(facility.npi)];
    b.add('NM1', ['77', '2', text(facility.name, 60, 'name'), '', '', '', '', ...id]);
    writeAddress(b, facility.address, true); // TR3 2310C N403: full 9-digit ZIP, as 2010AA
  }
  writeOtherPayers(b, claim);
  if (claim.lines.length === 0) {
    b.loop = '2400';
    b.flag('LX', 'required-loop-missing', 'a claim needs at least one service line (2400)');
  }
  claim.lines.forEach((line, i) => writeLine(b, claim, line, i + 1));
}

/** CLM10 (not used) and CLM11 related causes with the auto accident state, when there are any. */
function relatedCauses(claim: Claim837p): (Checked | readonly Checked[])[] {
  const causes = claim.relatedCauses ?? [];
  if (causes.length === 0) return [];
  const [first, second] = causes;
  return [
    '',
    [
      code(first, relatedCauseCodes, 'related cause'),
      second === undefined ? '' : code(second, relatedCauseCodes, 'related cause'),
      '',
      claim.autoAccidentState === undefined
        ? ''
        : pattern(claim.autoAccidentState, /^[A-Z]{2}$/, 'auto accident state', 'a state code'),
    ],
  ];
}

function writeDiagnoses(b: SetBuilder, diagnoses: readonly string[]): void {
  const fields = diagnoses
    .slice(0, maxDiagnoses)
    .map((d, i): readonly Checked[] => [i === 0 ? 'ABK' : 'ABF', icd10cm(d)]);
  if (diagnoses.length === 0)
    b.flag('HI', 'required-element-missing', 'a principal diagnosis is required', 1, 2);
  if (diagnoses.length > maxDiagnoses) {
    b.report(
      'HI',
      b.nextTxIndex,
      'too-many-diagnoses',
      `has ${diagnoses.length} diagnoses; at most ${maxDiagnoses} fit`,
      { element: maxDiagnoses + 1, ack: { ik3: '8', ik4: '3' } },
    );
  }
  b.add('HI', fields);
}

/** NM1 of a 2310 provider with XX NPI; `person` forces NM102 1 (a referring or attending physician). */
export function writeProvider(b: SetBuilder, role: string, p: Provider837p, person: boolean): void {
  const first = p.firstName?.trim() ?? '';
  const isPerson = person || first !== '';
  b.add('NM1', [
    role,
    isPerson ? '1' : '2',
    text(p.lastName, 60, 'last name'),
    isPerson ? optional(p.firstName, 35, 'first name') : '',
    '',
    '',
    '',
    'XX',
    npi(p.npi),
  ]);
}

/**
 * 2400: LX, SV1 (HC:code:modifiers, charge, UN, units, SV105 only when it differs from CLM05-1,
 * SV107 pointers), DTP*472, REF*6R, 2410 LIN*N4 / CTP04-05 for a drug, and 2430 per earlier payer.
 */
function writeLine(b: SetBuilder, claim: Claim837p, line: ServiceLine837p, n: number): void {
  b.loop = '2400';
  if (n === maxLines + 1) {
    b.flag(
      'LX',
      'too-many-lines',
      `a claim has at most ${maxLines} service lines; this one has ${claim.lines.length}`,
      1,
    );
  }
  b.add('LX', [String(n)]);
  const modifiers = line.modifiers
    .slice(0, 4)
    .map((m) => pattern(m, /^[A-Z0-9]{2}$/, 'modifier', 'two letters or digits'));
  if (line.modifiers.length > 4)
    b.flag('SV1', 'too-many-modifiers', 'a procedure has at most four modifiers', 1, 7);
  const pointers = line.pointers
    .slice(0, 4)
    .map((p): Checked =>
      Number.isInteger(p) && p >= 1 && p <= Math.min(claim.diagnoses.length, maxDiagnoses)
        ? String(p)
        : flaw(
            'diagnosis-pointer-unknown',
            `points to diagnosis ${p} but the claim has ${claim.diagnoses.length}`,
          ),
    );
  if (line.pointers.length === 0)
    b.flag('SV1', 'required-element-missing', 'at least one diagnosis pointer is required', 7, 1);
  if (line.pointers.length > 4)
    b.flag('SV1', 'too-many-pointers', 'a line has at most four diagnosis pointers', 7, 5);
  const pos =
    line.placeOfService === undefined || line.placeOfService === claim.placeOfService
      ? ''
      : placeOfService(line.placeOfService);
  b.add('SV1', [
    [
      'HC',
      pattern(line.procedureCode, /^[A-Z0-9]{5}$/, 'procedure code', 'a five-character HCPCS code'),
      ...modifiers,
    ],
    amount(line.charge, 'line charge'),
    'UN',
    quantity(line.units, 'units'),
    pos,
    '',
    pointers,
  ]);
  b.add('DTP', ['472', 'D8', date(line.serviceDate, 'service date')]);
  b.add('REF', ['6R', text(line.lineControlNumber, 50, 'line control number')]);
  if (line.ndc !== undefined) {
    b.loop = '2410';
    b.add('LIN', ['', 'N4', pattern(line.ndc.code, /^\d{11}$/, 'NDC', 'an 11-digit NDC')]);
    b.add('CTP', [
      '',
      '',
      '',
      quantity(line.ndc.quantity, 'drug quantity'),
      [code(line.ndc.unit, ['F2', 'GR', 'ME', 'ML', 'UN'], 'drug unit')],
    ]);
  }
  for (const adjudication of line.adjudications ?? []) writeLineAdjudication(b, adjudication);
}

/**
 * The CLM rules every 837 builder applies to the CLM it wrote at `clm`: CLM02 is the sum of
 * the line charges, and frequency 7 or 8 (replacement, void) names the payer claim control
 * number (REF*F8).
 */
export function checkClm(
  b: SetBuilder,
  clm: number,
  claim: {
    readonly totalCharge: number;
    readonly frequency: string;
    readonly payerClaimNumber?: string;
    readonly lines: readonly { readonly charge: number }[];
  },
): void {
  let lineTotal = 0;
  for (const line of claim.lines) lineTotal += line.charge;
  if (Number.isSafeInteger(lineTotal) && lineTotal !== claim.totalCharge)
    b.report(
      'CLM',
      clm,
      'claim-charge-mismatch',
      `${formatCents(claim.totalCharge)} is not the sum of the line charges, ${formatCents(lineTotal)}`,
      { element: 2 },
    );
  if (
    (claim.frequency === '7' || claim.frequency === '8') &&
    (claim.payerClaimNumber ?? '').trim() === ''
  )
    b.report(
      'CLM',
      clm,
      'missing-payer-claim-control-number',
      `frequency ${claim.frequency} needs the payer claim control number (REF*F8)`,
      { element: 5, component: 3, ack: { ik3: 'I6' } },
    );
}
