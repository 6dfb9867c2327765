import type { EligibilityInquiry, EligibilityRequest, InquiryPerson } from './build-270-input.ts';
import type { SetBuilder } from './build-segments.ts';
import {
  buildTransaction,
  dateOrRange,
  writeDemographics,
  writeProviderName,
  writeRequestStart,
  type BuildOptions,
  type BuildResult,
} from './build-transaction.ts';
import { optional, pattern, text } from './build-values.ts';

const guide = { set: '270', functionalId: 'HS', version: '005010X279A1' } as const;

function writePerson(
  b: SetBuilder,
  role: 'IL' | '03',
  person: InquiryPerson,
  memberId: string | undefined,
): void {
  b.add('NM1', [
    role,
    '1',
    text(person.lastName, 60, 'last name'),
    text(person.firstName, 35, 'first name'),
    optional(person.middleName, 25, 'middle name'),
    '',
    '',
    memberId === undefined ? '' : 'MI',
    memberId === undefined ? '' : text(memberId, 80, 'member ID'),
  ]);
  writeDemographics(b, person);
}

function writeInquiry(b: SetBuilder, inquiry: EligibilityInquiry, hl: number): number {
  const { subscriber, dependent } = inquiry;
  const patientLetter = dependent === undefined ? 'C' : 'D';
  const trace = () =>
    b.add('TRN', [
      '1',
      text(inquiry.traceNumber, 50, 'trace number'),
      pattern(inquiry.originatorId, /^\d{10}$/, 'originator ID', '10 digits'),
    ]);
  const subscriberHl = hl + 1;
  b.loop = '2000C';
  b.add('HL', [String(subscriberHl), '2', '22', dependent === undefined ? '0' : '1']);
  if (dependent === undefined) trace();
  b.loop = '2100C';
  writePerson(b, 'IL', subscriber, subscriber.memberId);
  if (dependent !== undefined) {
    b.loop = '2000D';
    b.add('HL', [String(subscriberHl + 1), String(subscriberHl), '23', '0']);
    trace();
    b.loop = '2100D';
    writePerson(b, '03', dependent, undefined);
  }
  if (inquiry.date !== undefined) b.add('DTP', ['291', ...dateOrRange(inquiry.date, 'plan date')]);
  b.loop = `2110${patientLetter}`;
  const types = inquiry.serviceTypes ?? ['30'];
  if (types.length === 0) b.flag('EQ', 'required-segment-missing', 'needs a service type');
  for (const type of types)
    b.add('EQ', [pattern(type, /^[0-9A-Z]{1,2}$/, 'service type', 'a service type code')]);
  return dependent === undefined ? subscriberHl : subscriberHl + 1;
}

/**
 * Builds one 270 eligibility inquiry interchange (005010X279A1): the payer (2100A NM1*PR, PI),
 * the provider asking (2100B NM1*1P, XX NPI checked), and per inquiry a subscriber level
 * (2000C HL*22, TRN, NM1*IL with MI member ID, DMG) and, when the patient is a dependent, a
 * dependent level (2000D HL*23, TRN, NM1*03, DMG); DTP*291 and one EQ per service type on the
 * patient's level. HL numbers, HL04 and SE01 are counted.
 *
 * Refuses — issues and no text — on any invalid value (every problem at once, located by
 * segment, element, loop and the inquiry's trace number) and when {@link validateX12} finds
 * an error in the text built.
 *
 * @example
 * ```ts
 * const { text, issues } = build270({ envelope, transactionControlNumber: 1, reference: 'E1',
 *   createdAt, payer, provider, inquiries: [{ traceNumber: 'T1', originatorId: '1123456789',
 *   subscriber: { memberId: 'W123', lastName: 'DOE', firstName: 'JANE', birthDate: '1980-02-01' } }] });
 * ```
 */
export function build270(request: EligibilityRequest, options: BuildOptions = {}): BuildResult {
  const header = { ...guide, controlNumber: request.transactionControlNumber };
  return buildTransaction(header, request.envelope, options, (b) => {
    writeRequestStart(b, request, '0022');
    b.loop = '2000B';
    b.add('HL', ['2', '1', '21', request.inquiries.length === 0 ? '0' : '1']);
    b.loop = '2100B';
    const { provider } = request;
    writeProviderName(b, provider);
    if (request.inquiries.length === 0)
      b.flag('HL', 'required-loop-missing', 'a 270 needs at least one inquiry');
    let hl = 2;
    for (const inquiry of request.inquiries) {
      b.context = `inquiry ${inquiry.traceNumber}: `;
      hl = writeInquiry(b, inquiry, hl);
    }
  });
}
