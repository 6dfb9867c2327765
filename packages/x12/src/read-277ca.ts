import type {
  ClaimAck,
  ClaimAcknowledgment,
  LineAck,
  ProviderAck,
  ReceiverAck,
  StatusInformation,
} from './claim-ack.ts';
import { ElementReader } from './element-reader.ts';
import { grammar277ca } from './grammar/277ca.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import { readPerson } from './read-835-parts.ts';
import {
  readParty,
  readServiceDate,
  readStc,
  readSvc,
  readTotals,
  statusLevel,
  type TotalsDraft,
} from './read-277ca-parts.ts';
import type { Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type LineDraft = Draft<LineAck> & { statuses: StatusInformation[] };
type ClaimDraft = Draft<ClaimAck> & { statuses: StatusInformation[]; lines: LineDraft[] };
type ProviderDraft = Draft<ProviderAck> &
  TotalsDraft & { statuses: StatusInformation[]; claims: ClaimDraft[] };
type ReceiverDraft = Draft<ReceiverAck> &
  TotalsDraft & { statuses: StatusInformation[]; providers: ProviderDraft[] };
type AckDraft = Omit<Draft<ClaimAcknowledgment>, 'source'> & {
  source: Draft<ClaimAcknowledgment['source']>;
  receivers: ReceiverDraft[];
};

/** HL03 levels of 005010X214: 20 source, 21 receiver, 19 billing provider, PT patient. */
const hlParents = { '20': undefined, '21': '20', '19': '21', PT: '19' } as const;

/** Builds one {@link ClaimAcknowledgment} from the placed segments of a 277CA. */
class AckHandler implements SetHandler<ClaimAcknowledgment> {
  readonly #sink: IssueSink;
  readonly #r: ElementReader;
  readonly #ack: AckDraft;
  #receiver: ReceiverDraft | undefined;
  #provider: ProviderDraft | undefined;
  #claim: { draft: ClaimDraft; hl: Segment } | undefined;
  #line: LineDraft | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#sink = sink;
    this.#r = new ElementReader(sink);
    this.#ack = {
      controlNumber: st.elements[1] ?? '',
      source: { party: { name: '' } },
      receivers: [],
      at: locate(st),
    };
  }

  segment(seg: Segment, loop: string, path: string): undefined {
    this.#r.loop = path;
    this.#read(seg, loop, this.#ack);
  }

  finish(at: Segment | undefined): ClaimAcknowledgment {
    const ack = this.#ack;
    if (ack.receivers.length === 0) {
      this.#sink(
        issueAt(
          at ?? ack.at,
          'required-segment-missing',
          `277CA ${ack.controlNumber} has no HL*21 information receiver level`,
          {
            ack: { ik3: '3' },
          },
        ),
      );
    }
    return ack;
  }

  /** Checks the claim that a new HL or the SE closes: TRN02 and at least one STC. */
  closeItem(): undefined {
    const open = this.#claim;
    this.#claim = undefined;
    this.#line = undefined;
    if (open === undefined) return;
    const { draft, hl } = open;
    const missing = (what: string) =>
      this.#sink(
        issueAt(
          hl,
          'required-segment-missing',
          `The claim at HL ${hl.elements[0] ?? ''} has no ${what}`,
          {
            loop: '2000D',
            ack: { ik3: '3' },
          },
        ),
      );
    if (draft.patientControlNumber === '') missing('2200D TRN patient control number');
    if (draft.statuses.length === 0) missing('2200D STC claim level status');
  }

  #readHl(seg: Segment, ack: AckDraft): void {
    const level = seg.elements[2] ?? '';
    const at = locate(seg);
    if (level === '21') {
      this.#receiver = { receiver: { name: '' }, statuses: [], providers: [], at };
      ack.receivers.push(this.#receiver);
      this.#provider = undefined;
    } else if (level === '19') {
      this.#provider = { provider: { name: '' }, statuses: [], claims: [], at };
      this.#receiver?.providers.push(this.#provider);
    } else if (level === 'PT') {
      const draft: ClaimDraft = { patientControlNumber: '', statuses: [], lines: [], at };
      this.#provider?.claims.push(draft);
      this.#claim = { draft, hl: seg };
    }
  }

  #read(seg: Segment, loop: string, ack: AckDraft): void {
    const r = this.#r;
    const claim = this.#claim?.draft;
    switch (seg.id) {
      case 'HL':
        this.#readHl(seg, ack);
        return;
      case 'BHT': {
        const reference = r.text(seg, 3);
        const createdOn = r.date(seg, 4);
        if (reference !== '') ack.reference = reference;
        if (createdOn !== undefined) ack.createdOn = createdOn;
        return;
      }
      case 'NM1':
        if (loop === '2100A') ack.source.party = readParty(seg);
        else if (loop === '2100B' && this.#receiver) this.#receiver.receiver = readParty(seg);
        else if (loop === '2100C' && this.#provider) this.#provider.provider = readParty(seg);
        else if (loop === '2100D' && claim) claim.patient = readPerson(seg);
        return;
      case 'TRN': {
        const trace = r.text(seg, 2, true);
        if (trace === '') return;
        if (loop === '2200A') ack.source.traceNumber = trace;
        else if (loop === '2200B' && this.#receiver) this.#receiver.traceNumber = trace;
        else if (loop === '2200C' && this.#provider) this.#provider.traceNumber = trace;
        else if (loop === '2200D' && claim) claim.patientControlNumber = trace;
        return;
      }
      case 'STC': {
        const status = readStc(seg, r, this.#sink);
        const levels = {
          line: this.#line,
          claim,
          provider: this.#provider,
          receiver: this.#receiver,
        };
        levels[statusLevel(loop)]?.statuses.push(status);
        return;
      }
      case 'QTY':
      case 'AMT': {
        const holder = loop === '2200C' ? this.#provider : this.#receiver;
        if (holder) readTotals(seg, r, holder);
        return;
      }
      case 'REF':
        this.#readRef(seg, loop);
        return;
      case 'DTP':
        this.#readDtp(seg, loop, ack);
        return;
      case 'SVC':
        this.#readSvc(seg);
        return;
      default:
        return;
    }
  }

  #readRef(seg: Segment, loop: string): void {
    const [qualifier = '', value = ''] = seg.elements;
    if (value === '') {
      this.#r.text(seg, 2, true);
      return;
    }
    const claim = this.#claim?.draft;
    if (loop === '2220D' && this.#line && qualifier === 'FJ') this.#line.lineControlNumber = value;
    if (loop !== '2200D' || claim === undefined) return;
    if (qualifier === '1K') claim.payerClaimControlNumber = value;
    else if (qualifier === 'D9') claim.clearinghouseTraceNumber = value;
    else if (qualifier === 'BLT') claim.billType = value;
    else if (qualifier === 'EJ') claim.patientAccountNumber = value;
  }

  #readDtp(seg: Segment, loop: string, ack: AckDraft): void {
    const qualifier = seg.elements[0] ?? '';
    if (loop === '2200A') {
      const date = this.#r.date(seg, 3, true);
      if (date === undefined) return;
      if (qualifier === '050') ack.source.receivedOn = date;
      else if (qualifier === '009') ack.source.processedOn = date;
      return;
    }
    if (qualifier !== '472') return;
    const range = readServiceDate(seg, this.#r);
    if (range === undefined) return;
    if (loop === '2220D' && this.#line) this.#line.serviceDate = range;
    else if (loop === '2200D' && this.#claim) this.#claim.draft.serviceDate = range;
  }

  #readSvc(seg: Segment): void {
    const claim = this.#claim?.draft;
    if (claim === undefined) return;
    const line: LineDraft = readSvc(seg, this.#r, false);
    claim.lines.push(line);
    this.#line = line;
  }
}

/**
 * Turns the segments of 277CA transaction sets (005010X214) into {@link ClaimAcknowledgment}s,
 * one segment at a time: segments are placed by the 277CA grammar, the HL tree is checked, and
 * every claim must carry its patient control number (2200D TRN02) and at least one STC. 277s of
 * other guides (005010X212 claim status responses) are skipped.
 */
export const claimAcknowledgmentReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar277ca, guides: ['X214'], hlParents, hlLeaves: ['PT'], name: '277CA' },
    (st) => new AckHandler(st, sink),
  );
