import type { ClaimStatusInquiry, ClaimStatusRequest } from './build-276-input.ts';
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
import { amount, optional, pattern, text } from './build-values.ts';

const guide = { set: '276', functionalId: 'HR', version: '005010X212' } as const;

function writeClaim(b: SetBuilder, claim: ClaimStatusInquiry, hl: number): number {
  const { subscriber, dependent } = claim;
  const letter = dependent === undefined ? 'D' : 'E';
  b.loop = '2000D';
  b.add('HL', [String(hl + 1), '3', '22', dependent === undefined ? '0' : '1']);
  if (dependent === undefined) writeDemographics(b, subscriber);
  b.loop = '2100D';
  b.add('NM1', [
    'IL',
    '1',
    text(subscriber.lastName, 60, 'subscriber last name'),
    optional(subscriber.firstName, 35, 'subscriber first name'),
    '',
    '',
    '',
    'MI',
    text(subscriber.memberId, 80, 'member ID'),
  ]);
  if (dependent !== undefined) {
    b.loop = '2000E';
    b.add('HL', [String(hl + 2), String(hl + 1), '23']);
    writeDemographics(b, dependent);
    b.loop = '2100E';
    b.add('NM1', [
      'QC',
      '1',
      text(dependent.lastName, 60, 'patient last name'),
      optional(dependent.firstName, 35, 'patient first name'),
    ]);
  }
  b.loop = `2200${letter}`;
  b.add('TRN', ['1', text(claim.traceNumber, 50, 'trace number')]);
  const ref = (qualifier: string, value: string | undefined, what: string) => {
    if (value !== undefined) b.add('REF', [qualifier, text(value, 50, what)]);
  };
  ref('1K', claim.payerClaimControlNumber, 'payer claim control number');
  if (claim.billType !== undefined)
    b.add('REF', ['BLT', pattern(claim.billType, /^\d{3}$/, 'bill type', '3 digits')]);
  ref('EJ', claim.patientControlNumber, 'patient control number');
  b.add('AMT', ['T3', amount(claim.charge, 'claim charge')]);
  b.add('DTP', ['472', ...dateOrRange(claim.serviceDate, 'service date')]);
  return dependent === undefined ? hl + 1 : hl + 2;
}

/**
 * Builds one 276 claim status request interchange (005010X212): the payer (2100A NM1*PR, PI),
 * the information receiver (2100B NM1*41, 46), the provider (2100C NM1*1P, XX NPI checked), and
 * per claim a subscriber level (2000D HL*22, DMG when the subscriber is the patient, NM1*IL with
 * the member ID) and, for a dependent patient, a dependent level (2000E HL*23, DMG, NM1*QC);
 * then the claim (2200D/E): TRN, REF*1K, REF*BLT, REF*EJ, AMT*T3, DTP*472. HL numbers, HL04 and
 * SE01 are counted.
 *
 * Refuses — issues and no text — on any invalid value, every problem at once and located, and
 * when {@link validateX12} finds an error in the text built.
 *
 * @example
 * ```ts
 * const { text, issues } = build276({ envelope, transactionControlNumber: 1, reference: 'S1',
 *   createdAt, payer, receiver, provider, claims: [{ traceNumber: 'T1', subscriber, charge: 15000,
 *   serviceDate: '2026-03-02', patientControlNumber: 'C000001' }] });
 * ```
 */
export function build276(request: ClaimStatusRequest, options: BuildOptions = {}): BuildResult {
  const header = { ...guide, controlNumber: request.transactionControlNumber };
  return buildTransaction(header, request.envelope, options, (b) => {
    writeRequestStart(b, request, '0010');
    const { receiver, provider } = request;
    b.loop = '2000B';
    b.add('HL', ['2', '1', '21', '1']);
    b.loop = '2100B';
    b.add('NM1', [
      '41',
      '2',
      text(receiver.name, 60, 'receiver name'),
      '',
      '',
      '',
      '',
      '46',
      text(receiver.id, 80, 'receiver ID'),
    ]);
    b.loop = '2000C';
    b.add('HL', ['3', '2', '19', request.claims.length === 0 ? '0' : '1']);
    b.loop = '2100C';
    writeProviderName(b, provider);
    if (request.claims.length === 0)
      b.flag('HL', 'required-loop-missing', 'a 276 needs at least one claim');
    let hl = 3;
    for (const claim of request.claims) {
      b.context = `claim ${claim.traceNumber}: `;
      hl = writeClaim(b, claim, hl);
    }
  });
}
