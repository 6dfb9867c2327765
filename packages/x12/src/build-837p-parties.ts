import type { ClaimParties837, Header837, Patient837p, X12Address } from './build-837p-input.ts';
import type { SetBuilder } from './build-segments.ts';
import { code, date, npi, optional, pattern, text, time, zip } from './build-values.ts';
import type { Checked } from './build-values.ts';
import { claimFilingIndicatorCodes, genderCodes } from './code-lists.ts';

/** PAT01 individual relationship codes of 005010X222A1 2000C (the patient is not the subscriber). */
export const patientRelationshipCodes = ['01', '19', '20', '21', '39', '40', '53', 'G8'] as const;

const state = (value: string | undefined) =>
  pattern(value, /^[A-Z]{2}$/, 'state', 'a two-letter state code');

/** N3/N4 of an address (TR3: N301 ≤ 55, N401 ≤ 30, N403 5 or 9 digits; 9 where `nineDigitZip`). */
export function writeAddress(b: SetBuilder, a: X12Address, nineDigitZip = false): void {
  b.add('N3', [text(a.line1, 55, 'address line'), optional(a.line2, 55, 'address line 2')]);
  b.add('N4', [text(a.city, 30, 'city'), state(a.state), zip(a.zip, nineDigitZip)]);
}

/** BHT, 1000A submitter (NM1*41, PER*IC) and 1000B receiver (NM1*40). */
export function writeHeader(b: SetBuilder, input: Header837): void {
  b.add('BHT', [
    '0019',
    '00',
    text(input.originatorReference, 50, 'originator reference'),
    date(input.createdAt.date, 'creation date'),
    time(input.createdAt.time),
    'CH',
  ]);
  const { submitter, receiver } = input;
  b.loop = '1000A';
  b.add('NM1', [
    '41',
    '2',
    text(submitter.name, 60, 'name'),
    '',
    '',
    '',
    '',
    '46',
    text(submitter.id, 80, 'ID'),
  ]);
  const phone = submitter.phone.replace(/[\s().-]/g, '');
  b.add('PER', [
    'IC',
    text(submitter.contactName, 60, 'contact name'),
    'TE',
    pattern(phone, /^\d{10}$/, 'phone', 'a 10-digit telephone number'),
  ]);
  b.loop = '1000B';
  b.add('NM1', [
    '40',
    '2',
    text(receiver.name, 60, 'name'),
    '',
    '',
    '',
    '',
    '46',
    text(receiver.id, 80, 'ID'),
  ]);
}

/** What a guide asks of the billing provider (005010X222A1 by default). */
export interface BillingProviderRules {
  /** PRV*BI written always (837P) or only when a taxonomy is given (837I, 837D). */
  readonly taxonomyRequired: boolean;
  /** REF*SY allowed (837P, 837D) or only REF*EI (837I: the facility is an organization). */
  readonly ssnAllowed: boolean;
}

const professionalRules: BillingProviderRules = { taxonomyRequired: true, ssnAllowed: true };

/**
 * 2000A billing provider HL (HL*n**20*1) with PRV*BI*PXC, 2010AA NM1*85 (XX NPI), N3/N4 with a
 * 9-digit ZIP, REF*EI or REF*SY (the TIN), and the 2010AB pay-to address (NM1*87) when given.
 */
export function writeBillingProvider(
  b: SetBuilder,
  claim: ClaimParties837,
  hl: number,
  rules: BillingProviderRules = professionalRules,
): void {
  const p = claim.billingProvider;
  b.loop = '2000A';
  b.add('HL', [String(hl), '', '20', '1']);
  if (rules.taxonomyRequired || p.taxonomy !== undefined)
    b.add('PRV', ['BI', 'PXC', taxonomy(p.taxonomy)]);
  b.loop = '2010AA';
  b.add('NM1', ['85', '2', text(p.name, 60, 'name'), '', '', '', '', 'XX', npi(p.npi)]);
  writeAddress(b, p.address, true);
  if (p.ssn !== undefined && !rules.ssnAllowed) {
    b.flag(
      'REF',
      'invalid-tax-id',
      'the billing provider TIN is an EIN (REF*EI) here, not an SSN',
      1,
    );
  } else if (p.ein !== undefined && p.ssn !== undefined) {
    b.flag('REF', 'ambiguous-tax-id', 'give the billing provider EIN or SSN, not both', 1);
  } else if (p.ein === undefined && p.ssn === undefined) {
    b.flag(
      'REF',
      'required-segment-missing',
      'REF*EI or REF*SY (billing provider TIN) is required',
    );
  }
  const tin = p.ein ?? p.ssn;
  if (tin !== undefined) {
    const qualifier = p.ein === undefined ? 'SY' : 'EI';
    const digits = tin.replaceAll('-', '');
    b.add('REF', [qualifier, pattern(digits, /^\d{9}$/, 'tax ID', '9 digits')]);
  }
  if (p.payToAddress !== undefined) {
    b.loop = '2010AB';
    b.add('NM1', ['87', '2']);
    writeAddress(b, p.payToAddress);
  }
}

/** A NUCC provider taxonomy code: ten characters, the last `X`. */
export function taxonomy(value: string | undefined) {
  return pattern(value, /^[0-9A-Z]{9}X$/, 'taxonomy', 'a 10-character NUCC taxonomy code');
}

/**
 * 2000B subscriber HL (HL04 `1` when 2000C patients follow), SBR (SBR02 `18` when the patient
 * is the subscriber, else empty), 2010BA NM1*IL (MI member ID) with N3/N4, and DMG when the
 * patient is the subscriber (TR3 2010BA: address and DMG required then), 2010BB NM1*PR (PI).
 */
/** Insurance type codes (element 1336) a Medicare Secondary Payer claim uses in SBR05. */
const MSP_TYPES = ['12', '13', '14', '15', '16', '41', '42', '43', '47'];

/**
 * 837P 2000B SBR05: required when Medicare (SBR09 MB) is billed as secondary or tertiary payer,
 * otherwise not sent. The 837I and 837D do not use SBR05 (Medicare learns why it pays second
 * from value and condition codes there).
 */
function medicareSecondaryType(
  b: SetBuilder,
  s: ClaimParties837['subscriber'],
  usesSbr05: boolean,
): Checked {
  const medicareAfterAnother = s.claimFilingIndicator === 'MB' && s.payerResponsibility !== 'P';
  const type = s.medicareSecondaryType?.trim() ?? '';
  if (usesSbr05 && medicareAfterAnother)
    return code(type, MSP_TYPES, 'Medicare secondary payer type (SBR05)');
  if (type !== '')
    b.flag(
      'SBR',
      'msp-type-not-used',
      usesSbr05
        ? `carries Medicare secondary payer type ${type}, which is sent only when Medicare (MB) pays after another payer`
        : `carries Medicare secondary payer type ${type}; this transaction does not use SBR05`,
      5,
    );
  return '';
}

/** {@link writeSubscriber} for the 837P, which reports the Medicare secondary payer type. */
export function writeProfessionalSubscriber(
  b: SetBuilder,
  claim: ClaimParties837,
  hl: number,
  parent: number,
  hasPatients: boolean,
): void {
  writeSubscriberLoop(b, claim, hl, parent, hasPatients, true);
}

export function writeSubscriber(
  b: SetBuilder,
  claim: ClaimParties837,
  hl: number,
  parent: number,
  hasPatients: boolean,
): void {
  writeSubscriberLoop(b, claim, hl, parent, hasPatients, false);
}

function writeSubscriberLoop(
  b: SetBuilder,
  claim: ClaimParties837,
  hl: number,
  parent: number,
  hasPatients: boolean,
  usesSbr05: boolean,
): void {
  const s = claim.subscriber;
  b.loop = '2000B';
  b.add('HL', [String(hl), String(parent), '22', hasPatients ? '1' : '0']);
  if (s.patientIsSubscriber === (claim.patient !== undefined)) {
    b.flag(
      'SBR',
      'patient-relationship-conflict',
      s.patientIsSubscriber
        ? 'says the patient is the subscriber, but a separate patient is given'
        : 'says the patient is not the subscriber, but no patient is given',
      2,
    );
  }
  b.add('SBR', [
    code(s.payerResponsibility, ['P', 'S', 'T'], 'payer responsibility'),
    s.patientIsSubscriber ? '18' : '',
    optional(s.groupNumber, 50, 'group number'),
    '',
    medicareSecondaryType(b, s, usesSbr05),
    '',
    '',
    '',
    code(s.claimFilingIndicator, claimFilingIndicatorCodes, 'claim filing indicator'),
  ]);
  b.loop = '2010BA';
  b.add('NM1', [
    'IL',
    '1',
    text(s.lastName, 60, 'last name'),
    text(s.firstName, 35, 'first name'),
    optional(s.middleName, 25, 'middle name'),
    '',
    '',
    'MI',
    text(s.memberId, 80, 'member ID'),
  ]);
  if (s.address !== undefined) writeAddress(b, s.address);
  else if (s.patientIsSubscriber)
    b.flag(
      'N3',
      'required-segment-missing',
      'subscriber address is required when the patient is the subscriber',
    );
  if (s.patientIsSubscriber) {
    b.add('DMG', ['D8', date(s.dateOfBirth, 'date of birth'), code(s.sex, genderCodes, 'sex')]);
  }
  const payer = claim.payer;
  b.loop = '2010BB';
  b.add('NM1', [
    'PR',
    '2',
    text(payer.name, 60, 'name'),
    '',
    '',
    '',
    '',
    'PI',
    text(payer.payerId, 80, 'payer ID'),
  ]);
  if (payer.address !== undefined) writeAddress(b, payer.address);
}

/** 2000C patient HL (HL*n*parent*23*0), PAT01, 2010CA NM1*QC with N3/N4 and DMG (all required). */
export function writePatient(b: SetBuilder, p: Patient837p, hl: number, parent: number): void {
  b.loop = '2000C';
  b.add('HL', [String(hl), String(parent), '23', '0']);
  b.add('PAT', [code(p.relationship, patientRelationshipCodes, 'relationship')]);
  b.loop = '2010CA';
  b.add('NM1', [
    'QC',
    '1',
    text(p.lastName, 60, 'last name'),
    text(p.firstName, 35, 'first name'),
    optional(p.middleName, 25, 'middle name'),
  ]);
  writeAddress(b, p.address);
  b.add('DMG', ['D8', date(p.dateOfBirth, 'date of birth'), code(p.sex, genderCodes, 'sex')]);
}
