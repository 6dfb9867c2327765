import type {
  ClaimInquiry,
  ClaimStatusInquirySet,
  LineInquiry,
  StatusInquiryPatient,
  StatusInquiryPayer,
  StatusInquiryProvider,
  StatusInquiryReceiver,
} from './claim-status-inquiry.ts';
import { CLAIM_STATUS_REFERENCES } from './claim-status.ts';
import { ElementReader } from './element-reader.ts';
import { claimStatusHlParents, grammar276 } from './grammar/276-277.ts';
import { rules276 } from './grammar/276-rules.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import { parseCents } from './money.ts';
import { readParty, readServiceDate, readSvc } from './read-277ca-parts.ts';
import { readPerson } from './read-835-parts.ts';
import { checkSegment } from './segment-rules.ts';
import { element, type Segment } from './segment.ts';
import { parseX12Date } from './x12-date.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type LineDraft = Draft<LineInquiry>;
type ClaimDraft = Draft<ClaimInquiry> & { lines: LineDraft[] };
type PatientDraft = Draft<StatusInquiryPatient> & { claims: ClaimDraft[] };
type ProviderDraft = Draft<StatusInquiryProvider> & { patients: PatientDraft[] };
type ReceiverDraft = Draft<StatusInquiryReceiver> & { providers: ProviderDraft[] };
type PayerDraft = Draft<StatusInquiryPayer> & { receivers: ReceiverDraft[] };

/** Does nothing: values whose checks {@link rules276} makes are read without reporting twice. */
const unreported: IssueSink = () => undefined;

/**
 * Builds one {@link ClaimStatusInquirySet} from the placed segments of a 276. Each segment is
 * first checked against {@link rules276} (the rules `validateX12` applies to 276s), then read.
 */
class InquiryHandler implements SetHandler<ClaimStatusInquirySet> {
  readonly #sink: IssueSink;
  readonly #r: ElementReader;
  readonly #quiet = new ElementReader(unreported);
  readonly #set: Draft<ClaimStatusInquirySet> & { payers: PayerDraft[] };
  #payer: PayerDraft | undefined;
  #receiver: ReceiverDraft | undefined;
  #provider: ProviderDraft | undefined;
  #subscriber: PatientDraft | undefined;
  #patient: PatientDraft | undefined;
  /** The patient level ending its branch (HL04 not `1`): it must name a claim (TRN). */
  #leaf: { patient: PatientDraft; hl: Segment } | undefined;
  #leaves = 0;
  #claim: ClaimDraft | undefined;
  #line: LineDraft | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#sink = sink;
    this.#r = new ElementReader(sink);
    this.#set = { controlNumber: element(st, 2), payers: [], at: locate(st) };
  }

  segment(seg: Segment, loop: string, path: string): undefined {
    this.#r.loop = path;
    checkSegment(rules276, seg, loop, this.#r);
    switch (seg.id) {
      case 'BHT': {
        const reference = element(seg, 3);
        const createdOn = parseX12Date(element(seg, 4));
        if (reference !== '') this.#set.reference = reference;
        if (createdOn !== undefined) this.#set.createdOn = createdOn;
        return;
      }
      case 'HL':
        this.#openLevel(seg);
        return;
      case 'NM1':
        this.#readName(seg, loop);
        return;
      case 'DMG': {
        const birthDate = parseX12Date(element(seg, 2));
        const gender = element(seg, 3);
        if (this.#patient === undefined) return;
        if (birthDate !== undefined) this.#patient.birthDate = birthDate;
        if (gender !== '') this.#patient.gender = gender;
        return;
      }
      case 'TRN':
        this.#openClaim(seg);
        return;
      case 'REF':
        this.#readRef(seg, loop);
        return;
      case 'AMT': {
        const charge = parseCents(element(seg, 2));
        if (this.#claim && element(seg, 1) === 'T3' && charge !== undefined)
          this.#claim.charge = charge;
        return;
      }
      case 'DTP': {
        const range = readServiceDate(seg, this.#quiet);
        if (range === undefined || element(seg, 1) !== '472') return;
        const holder = loop.startsWith('2210') ? this.#line : this.#claim;
        if (holder) holder.serviceDate = range;
        return;
      }
      case 'SVC':
        this.#readSvc(seg);
        return;
      default:
        return;
    }
  }

  closeItem(): undefined {
    this.#closeLeaf();
    return undefined;
  }

  finish(at: Segment | undefined): ClaimStatusInquirySet {
    this.#closeLeaf();
    if (this.#leaves === 0 && at !== undefined)
      this.#sink(
        issueAt(at, 'required-loop-missing', 'The 276 asks about no patient', {
          ack: { ik3: 'I7' },
        }),
      );
    return this.#set;
  }

  #openLevel(seg: Segment): void {
    const at = locate(seg);
    const code = element(seg, 3);
    this.#claim = undefined;
    this.#line = undefined;
    if (code === '20') {
      this.#payer = { party: { name: '' }, receivers: [], at };
      this.#set.payers.push(this.#payer);
    } else if (code === '21') {
      this.#receiver = { party: { name: '' }, providers: [], at };
      this.#payer?.receivers.push(this.#receiver);
    } else if (code === '19') {
      this.#provider = { party: { name: '' }, patients: [], at };
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
    if ((code === '22' || code === '23') && element(seg, 4) !== '1' && this.#patient) {
      this.#leaf = { patient: this.#patient, hl: seg };
      this.#leaves += 1;
    }
  }

  /** The patient ending a branch must be asked about at least one claim (2200 TRN). */
  #closeLeaf(): void {
    const leaf = this.#leaf;
    this.#leaf = undefined;
    if (leaf === undefined || leaf.patient.claims.length > 0) return;
    this.#sink(
      issueAt(
        leaf.hl,
        'required-segment-missing',
        `The patient at HL ${element(leaf.hl, 1)} has no 2200 TRN claim status tracking number`,
        { ack: { ik3: '3' } },
      ),
    );
  }

  #readName(seg: Segment, loop: string): void {
    if (loop === '2100A' && this.#payer) this.#payer.party = readParty(seg);
    else if (loop === '2100B' && this.#receiver) this.#receiver.party = readParty(seg);
    else if (loop === '2100C' && this.#provider) this.#provider.party = readParty(seg);
    else if (this.#patient) this.#patient.name = readPerson(seg);
  }

  #openClaim(seg: Segment): void {
    if (this.#patient === undefined) return;
    this.#line = undefined;
    this.#claim = { traceNumber: element(seg, 2), lines: [], at: locate(seg) };
    this.#patient.claims.push(this.#claim);
  }

  #readRef(seg: Segment, loop: string): void {
    const qualifier = element(seg, 1);
    const value = element(seg, 2);
    if (value === '') return;
    if (loop.startsWith('2210')) {
      if (qualifier === 'FJ' && this.#line) this.#line.lineControlNumber = value;
      return;
    }
    const field = CLAIM_STATUS_REFERENCES[qualifier as keyof typeof CLAIM_STATUS_REFERENCES];
    if (this.#claim && field !== undefined) this.#claim[field] = value;
  }

  #readSvc(seg: Segment): void {
    if (this.#claim === undefined) return;
    const { statuses: _, ...line } = readSvc<never>(seg, this.#quiet, false);
    if (element(seg, 1) !== '' && line.procedure.code === '') this.#r.missingComponent(seg, 1, 2);
    this.#claim.lines.push(line);
    this.#line = line;
  }
}

/**
 * Reads 276 claim status requests (005010X212) into {@link ClaimStatusInquirySet}s, one
 * segment at a time: what a payer or clearinghouse receives. Loops placed by
 * {@link grammar276}, the HL tree checked, the 276 element rules applied, and every patient
 * ending a branch needs a claim (2200 TRN). 277s and other sets are skipped.
 */
export const claimStatusInquiryReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    {
      grammar: grammar276,
      guides: ['X212'],
      hlParents: claimStatusHlParents,
      hlLeaves: ['23'],
      name: '276',
    },
    (st) => new InquiryHandler(st, sink),
  );
