import { checkEnvelope } from './build-envelope.ts';
import { SetBuilder } from './build-segments.ts';
import { SelfCheck } from './build-self-check.ts';
import {
  code,
  controlNumber,
  date,
  isFlaw,
  npi,
  optional,
  text,
  time,
  type Checked,
} from './build-values.ts';
import { genderCodes } from './code-lists.ts';
import { defaultDelimiters, delimiterProblem, type Delimiters } from './delimiters.ts';
import { wrapInterchange, type InterchangeEnvelope } from './interchange-writer.ts';
import type { X12Issue } from './issue.ts';
import { writeX12 } from './writer.ts';

/** The text built, with any warnings; or, when refused, no text and the issues why. */
export type BuildResult =
  | { readonly text: string; readonly issues: X12Issue[] }
  | { readonly text?: undefined; readonly issues: X12Issue[] };

/** How to lay out the built text (defaults: `* ^ : ~`, no line breaks). */
export interface BuildOptions {
  readonly delimiters?: Delimiters;
  readonly lineBreak?: '' | '\n' | '\r\n';
}

/** The transaction set to write: ST01, the guide (GS01/GS08/ST03) and ST02. */
export interface SetHeader {
  readonly set: string;
  readonly functionalId: string;
  readonly version: string;
  readonly controlNumber: number;
}

/**
 * Writes one transaction set in one interchange: ST, the body `write` adds, SE counted, the
 * ISA/GS/GE/IEA envelope. Refuses — issues and no text — when a value was flawed or the
 * envelope is wrong, and when the engine's own validator finds an error in the text built
 * (the writer never emits what its validator rejects).
 */
export function buildTransaction(
  header: SetHeader,
  envelope: InterchangeEnvelope,
  options: BuildOptions,
  write: (b: SetBuilder) => void,
): BuildResult {
  const delimiters = options.delimiters ?? defaultDelimiters;
  const bad = delimiterProblem(delimiters);
  if (bad !== undefined) {
    return {
      issues: [
        {
          severity: 'error',
          code: 'bad-delimiters',
          message: bad.reason,
          segmentIndex: 1,
          segmentId: 'ISA',
          ack: { ta1: bad.ta1 },
        },
      ],
    };
  }
  const lineBreak = options.lineBreak ?? '';
  const envelopeIssues = checkEnvelope(envelope, header, delimiters);
  let selfCheck: SelfCheck | undefined;
  let head = '';
  let tail = '';
  if (!envelopeIssues.some((i) => i.severity === 'error')) {
    const wrapped = wrapInterchange([[]], envelope);
    head = writeX12(wrapped.slice(0, 2), { delimiters, lineBreak });
    tail = writeX12(wrapped.slice(2), { delimiters, lineBreak });
    selfCheck = new SelfCheck(head, tail, delimiters);
  }
  const b = new SetBuilder(delimiters, lineBreak, selfCheck?.listener);
  const st = controlNumber(header.controlNumber, 4, 'transaction set control number');
  b.add('ST', [header.set, st, header.version]);
  write(b);
  b.context = '';
  b.loop = '';
  b.add('SE', [String(b.nextTxIndex), isFlaw(st) ? '' : st]);
  const issues = [...envelopeIssues, ...b.issues];
  if (selfCheck === undefined || issues.some((i) => i.severity === 'error')) return { issues };
  const text = head + b.text() + tail;
  // The engine's validator over `text`, fed the segments as they were written.
  const found = selfCheck.issues(text, b.asciiOnly);
  const all = [...issues, ...found];
  return found.some((i) => i.severity === 'error') ? { issues: all } : { text, issues: all };
}

/** DTP02/DTP03 of a day (D8) or a range (RD8), from `YYYY-MM-DD` dates. */
export function dateOrRange(
  value: string | { readonly from: string; readonly to: string },
  what: string,
): [string, Checked] {
  if (typeof value === 'string') return ['D8', date(value, what)];
  const from = date(value.from, `${what} from`);
  const to = date(value.to, `${what} to`);
  if (typeof from !== 'string') return ['RD8', from];
  if (typeof to !== 'string') return ['RD8', to];
  return ['RD8', `${from}-${to}`];
}

/** DMG*D8: birth date and, when known, gender. */
export function writeDemographics(
  b: SetBuilder,
  person: { readonly birthDate?: string; readonly gender?: string },
): void {
  b.add('DMG', [
    'D8',
    date(person.birthDate, 'birth date'),
    person.gender === undefined ? '' : code(person.gender, genderCodes, 'gender'),
  ]);
}

/** What every request (270, 276) names in its header: envelope, BHT, payer and provider. */
export interface RequestHeader {
  readonly envelope: InterchangeEnvelope;
  readonly transactionControlNumber: number;
  /** BHT03: the request's reference, echoed in the response's BHT03. */
  readonly reference: string;
  readonly createdAt: { readonly date: string; readonly time: string };
  /** 2100A information source: the payer, by name and payer ID (NM108 PI). */
  readonly payer: { readonly name: string; readonly id: string };
  /** The provider, by NPI (NM108 XX); `firstName` when the provider is a person. */
  readonly provider: { readonly name: string; readonly firstName?: string; readonly npi: string };
}

/** BHT (`structure`, 13 request) and the payer level: HL*1**20*1, 2100A NM1*PR*2 with PI. */
export function writeRequestStart(b: SetBuilder, request: RequestHeader, structure: string): void {
  b.add('BHT', [
    structure,
    '13',
    text(request.reference, 50, 'reference'),
    date(request.createdAt.date, 'creation date'),
    time(request.createdAt.time),
  ]);
  b.loop = '2000A';
  b.add('HL', ['1', '', '20', '1']);
  b.loop = '2100A';
  b.add('NM1', [
    'PR',
    '2',
    text(request.payer.name, 60, 'payer name'),
    '',
    '',
    '',
    '',
    'PI',
    text(request.payer.id, 80, 'payer ID'),
  ]);
}

/** NM1*1P of the provider: a person (NM102 1) with a first name, else an organization; XX NPI. */
export function writeProviderName(b: SetBuilder, provider: RequestHeader['provider']): void {
  b.add('NM1', [
    '1P',
    provider.firstName === undefined ? '2' : '1',
    text(provider.name, 60, 'provider name'),
    optional(provider.firstName, 35, 'provider first name'),
    '',
    '',
    '',
    'XX',
    npi(provider.npi),
  ]);
}
