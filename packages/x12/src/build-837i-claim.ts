import { writeInstitutionalCodes } from './build-837i-hi.ts';
import type { Claim837i } from './build-837i-input.ts';
import { writeInstitutionalLine } from './build-837i-line.ts';
import { checkClm, writeProvider } from './build-837p-claim.ts';
import { writeOtherPayers } from './build-837p-cob.ts';
import { taxonomy } from './build-837p-parties.ts';
import type { SetBuilder } from './build-segments.ts';
import { dateOrRange } from './build-transaction.ts';
import { amount, code, date, pattern, text, time } from './build-values.ts';
import {
  admissionTypeCodes,
  inpatientFacilityTypes,
  institutionalFrequencyCodes,
} from './code-lists.ts';

/** Whether a claim is inpatient for the TR3's situational rules (see {@link inpatientFacilityTypes}). */
export const isInpatient = (claim: Claim837i): boolean =>
  (inpatientFacilityTypes as readonly string[]).includes(claim.facilityType);

const facilityType = (value: string) =>
  pattern(value, /^[1-9]{2}$/, 'facility type', 'two digits 1-9 (type of bill without frequency)');

/**
 * Loop 2300 of an institutional claim (005010X223A2) with its 2310A/B/D providers, 2320/2330A/B
 * other payers and 2400 lines: CLM (CLM05 facility type:A:frequency, CLM07 A, CLM08 Y, CLM09 Y),
 * DTP*096 discharge hour, DTP*434 statement period, DTP*435 admission (DT with the hour), CL1,
 * REF*G1/F8/EA, the HI codes. Refused, located: CLM02 ≠ Σ SV203, frequency 7/8 without REF*F8,
 * an inpatient claim without admission date and hour, admission type and source or admitting
 * diagnosis, a final inpatient claim (frequency 1 or 4) without discharge hour, a principal
 * procedure without operating physician, no attending provider. COB balancing (TR3 1.4.4.1)
 * is the 837I reader's, applied to the text built (see `checkCobBalancing`).
 */
export function writeInstitutionalClaim(b: SetBuilder, claim: Claim837i): void {
  b.loop = '2300';
  const inpatient = isInpatient(claim);
  const clm = b.nextTxIndex;
  b.add('CLM', [
    text(claim.patientControlNumber, 20, 'patient control number'),
    amount(claim.totalCharge, 'total charge'),
    '',
    '',
    [
      facilityType(claim.facilityType),
      'A',
      code(claim.frequency, institutionalFrequencyCodes, 'frequency'),
    ],
    '',
    'A',
    'Y',
    'Y',
  ]);
  const problem = (code: string, message: string, element?: number, component?: number) =>
    b.report('CLM', clm, code, message, {
      ...(element === undefined ? {} : { element }),
      ...(component === undefined ? {} : { component }),
      ack: { ik3: 'I6' },
    });
  checkClm(b, clm, claim);
  const bill = `type of bill ${claim.facilityType}${claim.frequency}`;
  if (inpatient) {
    if (claim.admission?.hour === undefined)
      problem(
        'admission-missing',
        `an inpatient claim (${bill}) needs the admission date and hour (DTP*435)`,
      );
    if (claim.admissionType === undefined || claim.admissionSource === undefined)
      problem(
        'admission-type-missing',
        `an inpatient claim (${bill}) needs admission type and source (CL101, CL102)`,
      );
    if (claim.admittingDiagnosis === undefined)
      problem(
        'admitting-diagnosis-missing',
        `an inpatient claim (${bill}) needs the admitting diagnosis (HI ABJ)`,
      );
    if ((claim.frequency === '1' || claim.frequency === '4') && claim.dischargeHour === undefined)
      problem(
        'discharge-hour-missing',
        `a final inpatient claim (${bill}) needs the discharge hour (DTP*096)`,
      );
  }
  if (claim.principalProcedure !== undefined && claim.operatingPhysician === undefined)
    problem(
      'operating-physician-missing',
      'a claim with a principal procedure needs the operating physician (2310B)',
    );
  if (claim.attendingProvider === undefined)
    problem('attending-provider-missing', 'the attending provider (2310A) is required');
  writeDates(b, claim);
  b.add('CL1', [
    claim.admissionType === undefined
      ? ''
      : code(claim.admissionType, admissionTypeCodes, 'admission type'),
    claim.admissionSource === undefined
      ? ''
      : pattern(
          claim.admissionSource,
          /^[0-9A-Z]$/,
          'admission source',
          'a one-character NUBC point of origin code',
        ),
    pattern(
      claim.patientStatus,
      /^\d{2}$/,
      'patient status',
      'a two-digit NUBC patient discharge status',
    ),
  ]);
  if (claim.priorAuthorization !== undefined)
    b.add('REF', ['G1', text(claim.priorAuthorization, 50, 'prior authorization')]);
  if (claim.payerClaimNumber !== undefined && claim.payerClaimNumber.trim() !== '')
    b.add('REF', ['F8', text(claim.payerClaimNumber, 50, 'payer claim control number')]);
  if (claim.medicalRecordNumber !== undefined)
    b.add('REF', ['EA', text(claim.medicalRecordNumber, 50, 'medical record number')]);
  writeInstitutionalCodes(b, claim);
  writeProviders(b, claim);
  writeOtherPayers(b, claim);
  if (claim.lines.length === 0) {
    b.loop = '2400';
    b.flag('LX', 'required-loop-missing', 'a claim needs at least one service line (2400)');
  }
  claim.lines.forEach((line, i) => writeInstitutionalLine(b, claim, line, i, inpatient));
}

/** DTP*096 discharge hour, DTP*434 statement period (RD8), DTP*435 admission (DT or D8). */
function writeDates(b: SetBuilder, claim: Claim837i): void {
  if (claim.dischargeHour !== undefined) b.add('DTP', ['096', 'TM', time(claim.dischargeHour)]);
  const period = claim.statementPeriod;
  const [format, value] = dateOrRange(period, 'statement period');
  if (typeof value === 'string' && period.from > period.to)
    b.flag(
      'DTP',
      'invalid-period',
      `statement period ${period.from} to ${period.to} ends before it starts`,
      3,
    );
  b.add('DTP', ['434', format, value]);
  const admission = claim.admission;
  if (admission === undefined) return;
  const day = date(admission.date, 'admission date');
  if (admission.hour === undefined) {
    b.add('DTP', ['435', 'D8', day]);
    return;
  }
  const hour = time(admission.hour);
  const stamp = typeof day !== 'string' ? day : typeof hour !== 'string' ? hour : day + hour;
  b.add('DTP', ['435', 'DT', stamp]);
}

/** 2310A attending (NM1*71, PRV*AT), 2310B operating (NM1*72), 2310D rendering (NM1*82). */
function writeProviders(b: SetBuilder, claim: Claim837i): void {
  if (claim.attendingProvider !== undefined) {
    b.loop = '2310A';
    writeProvider(b, '71', claim.attendingProvider, true);
    if (claim.attendingProvider.taxonomy !== undefined)
      b.add('PRV', ['AT', 'PXC', taxonomy(claim.attendingProvider.taxonomy)]);
  }
  if (claim.operatingPhysician !== undefined) {
    b.loop = '2310B';
    writeProvider(b, '72', claim.operatingPhysician, true);
  }
  if (claim.renderingProvider !== undefined) {
    b.loop = '2310D';
    writeProvider(b, '82', claim.renderingProvider, false);
  }
}
