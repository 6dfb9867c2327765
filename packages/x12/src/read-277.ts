import {
  CLAIM_STATUS_REFERENCES,
  type ClaimStatusInformation,
  type ClaimStatusResponse,
  type LineStatus,
} from './claim-status.ts';
import type {
  ClaimStatus,
  PatientClaims,
  PayerClaims,
  ProviderClaims,
  ReceiverClaims,
} from './claim-status.ts';
import { paymentMethodCodes } from './code-lists.ts';
import { ElementReader } from './element-reader.ts';
import { claimStatusHlParents, grammar277 } from './grammar/276-277.ts';
import { GuidedSetReader, locate, readBht, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import { readPerson } from './read-835-parts.ts';
import { readParty, readServiceDate, readStc, readSvc, statusLevel } from './read-277ca-parts.ts';
import type { Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type LineDraft = Draft<LineStatus> & { statuses: ClaimStatusInformation[] };
type ClaimDraft = Draft<ClaimStatus> & { statuses: ClaimStatusInformation[]; lines: LineDraft[] };
type PatientDraft = Draft<PatientClaims> & { claims: ClaimDraft[] };
type ProviderDraft = Draft<ProviderClaims> & {
  statuses: ClaimStatusInformation[];
  patients: PatientDraft[];
};
type ReceiverDraft = Draft<ReceiverClaims> & {
  statuses: ClaimStatusInformation[];
  providers: ProviderDraft[];
};
type PayerDraft = Draft<PayerClaims> & { receivers: ReceiverDraft[] };

/** STC of 005010X212: the 277CA reading (STC01-04, 10-12) and STC05-09, the payment. */
function readStatus(seg: Segment, r: ElementReader, sink: IssueSink): ClaimStatusInformation {
  const status: Draft<ClaimStatusInformation> = { ...readStc(seg, r, sink) };
  const paid = r.cents(seg, 5);
  const adjudicatedOn = r.date(seg, 6);
  const paymentMethod = r.code(seg, 7, paymentMethodCodes);
  const paymentDate = r.date(seg, 8);
  const checkNumber = r.text(seg, 9);
  if (paid !== undefined) status.paid = paid;
  if (adjudicatedOn !== undefined) status.adjudicatedOn = adjudicatedOn;
  if (paymentMethod !== undefined) status.paymentMethod = paymentMethod;
  if (paymentDate !== undefined) status.paymentDate = paymentDate;
  if (checkNumber !== '') status.checkNumber = checkNumber;
  return status;
}

/** Builds one {@link ClaimStatusResponse} from the placed segments of a 277. */
class ResponseHandler implements SetHandler<ClaimStatusResponse> {
  readonly #sink: IssueSink;
  readonly #r: ElementReader;
  readonly #response: Draft<ClaimStatusResponse> & { payers: PayerDraft[] };
  #payer: PayerDraft | undefined;
  #receiver: ReceiverDraft | undefined;
  #provider: ProviderDraft | undefined;
  #subscriber: PatientDraft | undefined;
  #patient: PatientDraft | undefined;
  #claim: ClaimDraft | undefined;
  #line: LineDraft | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#sink = sink;
    this.#r = new ElementReader(sink);
    this.#response = { controlNumber: st.elements[1] ?? '', payers: [], at: locate(st) };
  }

  segment(seg: Segment, loop: string, path: string): undefined {
    const r = this.#r;
    r.loop = path;
    switch (seg.id) {
      case 'BHT':
        readBht(seg, r, this.#response);
        return;
      case 'HL':
        this.#openLevel(seg);
        return;
      case 'NM1':
        this.#readName(seg, loop);
        return;
      case 'TRN':
        this.#readTrn(seg, loop);
        return;
      case 'STC': {
        const status = readStatus(seg, r, this.#sink);
        const levels = {
          line: this.#line,
          claim: this.#claim,
          provider: this.#provider,
          receiver: this.#receiver,
        };
        levels[statusLevel(loop)]?.statuses.push(status);
        return;
      }
      case 'REF':
        this.#readRef(seg, loop);
        return;
      case 'DTP': {
        if (r.code(seg, 1, ['472'], true) === undefined) return;
        const range = readServiceDate(seg, r);
        if (range === undefined) return;
        if (loop.startsWith('2220') && this.#line) this.#line.serviceDate = range;
        else if (this.#claim) this.#claim.serviceDate = range;
        return;
      }
      case 'SVC':
        this.#readSvc(seg);
        return;
      default:
        return;
    }
  }

  finish(): ClaimStatusResponse {
    this.#closeClaim();
    return this.#response;
  }

  #openLevel(seg: Segment): void {
    this.#closeClaim();
    const at = locate(seg);
    const code = seg.elements[2] ?? '';
    if (code === '20') {
      this.#payer = { party: { name: '' }, receivers: [], at };
      this.#response.payers.push(this.#payer);
    } else if (code === '21') {
      this.#receiver = { party: { name: '' }, statuses: [], providers: [], at };
      this.#payer?.receivers.push(this.#receiver);
    } else if (code === '19') {
      this.#provider = { party: { name: '' }, statuses: [], patients: [], at };
      this.#receiver?.providers.push(this.#provider);
    } else if (code === '22') {
      this.#patient = { level: 'subscriber', name: { lastName: '' }, claims: [], at };
      this.#subscriber = this.#patient;
      this.#provider?.patients.push(this.#patient);
    } else if (code === '23') {
      const subscriber = this.#subscriber?.name;
      this.#patient = {
        level: 'dependent',
        name: { lastName: '' },
        ...(subscriber === undefined ? {} : { subscriber }),
        claims: [],
        at,
      };
      this.#provider?.patients.push(this.#patient);
    }
  }

  #readName(seg: Segment, loop: string): void {
    this.#r.text(seg, 1, true);
    if (loop === '2100A' && this.#payer) this.#payer.party = readParty(seg);
    else if (loop === '2100B' && this.#receiver) this.#receiver.party = readParty(seg);
    else if (loop === '2100C' && this.#provider) this.#provider.party = readParty(seg);
    else if (this.#patient) this.#patient.name = readPerson(seg);
  }

  #readTrn(seg: Segment, loop: string): void {
    const trace = this.#r.text(seg, 2, true);
    if (loop === '2200B' && this.#receiver) this.#receiver.traceNumber = trace;
    else if (loop === '2200C' && this.#provider) this.#provider.traceNumber = trace;
    else if (this.#patient) {
      this.#closeClaim();
      this.#claim = { traceNumber: trace, statuses: [], lines: [], at: locate(seg) };
      this.#patient.claims.push(this.#claim);
    }
  }

  /** Every claim needs at least one STC (005010X212 2200D/E STC is required). */
  #closeClaim(): void {
    const claim = this.#claim;
    this.#claim = undefined;
    this.#line = undefined;
    if (claim === undefined || claim.statuses.length > 0) return;
    this.#sink(
      issueAt(
        claim.at,
        'required-segment-missing',
        `The claim traced ${claim.traceNumber} has no STC status`,
        {
          ack: { ik3: '3' },
        },
      ),
    );
  }

  #readRef(seg: Segment, loop: string): void {
    const qualifier = this.#r.text(seg, 1, true);
    const value = this.#r.text(seg, 2, true);
    if (value === '') return;
    if (loop.startsWith('2220')) {
      if (qualifier === 'FJ' && this.#line) this.#line.lineControlNumber = value;
      return;
    }
    const claim = this.#claim;
    if (claim === undefined) return;
    const field = CLAIM_STATUS_REFERENCES[qualifier as keyof typeof CLAIM_STATUS_REFERENCES];
    if (field !== undefined) claim[field] = value;
  }

  #readSvc(seg: Segment): void {
    if (this.#claim === undefined) return;
    const line: LineDraft = readSvc(seg, this.#r, true);
    this.#claim.lines.push(line);
    this.#line = line;
  }
}

/**
 * Turns the segments of 277 claim status responses (005010X212) into
 * {@link ClaimStatusResponse}s, one segment at a time: loops placed by {@link grammar277}, the
 * HL tree checked, each claim's STC required, codes, amounts and dates checked. 277CAs
 * (005010X214) and other sets are skipped.
 */
export const claimStatusResponseReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    {
      grammar: grammar277,
      guides: ['X212'],
      hlParents: claimStatusHlParents,
      hlLeaves: ['23'],
      name: '277',
    },
    (st) => new ResponseHandler(st, sink),
  );
