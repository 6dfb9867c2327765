import {
  elementErrorCodes,
  groupAckCodes,
  segmentErrorCodes,
  transactionAckCodes,
  type GroupAckCode,
  type TransactionAckCode,
} from './ack-999-codes.ts';
import { ElementReader } from './element-reader.ts';
import { grammar999 } from './grammar/999.ts';
import type {
  AckContext,
  ElementError,
  ImplementationAck,
  SegmentError,
  TransactionSetAck,
} from './implementation-ack.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink, type SegmentLocation } from './issue.ts';
import { components, repetitions, type Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type ElementDraft = Draft<ElementError> & { context: AckContext[] };
type SegmentDraft = Draft<SegmentError> & { context: AckContext[]; elements: ElementDraft[] };
type TransactionDraft = Draft<TransactionSetAck> & { segmentErrors: SegmentDraft[] };
type AckDraft = Draft<ImplementationAck> & { transactions: TransactionDraft[] };

const transactionStatuses = Object.keys(transactionAckCodes) as TransactionAckCode[];
const groupStatuses = Object.keys(groupAckCodes) as GroupAckCode[];
const segmentErrorList = Object.keys(segmentErrorCodes);
const elementErrorList = Object.keys(elementErrorCodes);
const codesFrom = (seg: Segment, from: number, to: number): string[] =>
  seg.elements.slice(from - 1, to).filter((c) => c !== '');
const positive = (text: string | undefined): number | undefined =>
  text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;

/** CTX: C998 context identification, then the optional segment, position, loop and element. */
function readContext(seg: Segment): AckContext {
  const [first = ''] = repetitions(seg, 1);
  const [name = '', reference = ''] = first.split(seg.delimiters.component);
  const [element, component] = components(seg, 5).map(positive);
  const segmentId = seg.elements[1] ?? '';
  const position = positive(seg.elements[2]);
  const loop = seg.elements[3] ?? '';
  return {
    name,
    ...(reference === '' ? {} : { reference }),
    ...(segmentId === '' ? {} : { segmentId }),
    ...(position === undefined ? {} : { segmentPosition: position }),
    ...(loop === '' ? {} : { loop }),
    ...(element === undefined ? {} : { element }),
    ...(component === undefined ? {} : { component }),
  };
}

/** Builds one {@link ImplementationAck} from the placed segments of a 999. */
class AckHandler implements SetHandler<ImplementationAck> {
  readonly #sink: IssueSink;
  readonly #r: ElementReader;
  readonly #ack: AckDraft;
  #set: TransactionDraft | undefined;
  #segment: SegmentDraft | undefined;
  #element: ElementDraft | undefined;
  #hasAk1 = false;
  #hasIk5 = false;

  constructor(st: Segment, sink: IssueSink) {
    this.#sink = sink;
    this.#r = new ElementReader(sink);
    const guide = st.elements[2] ?? '';
    this.#ack = {
      controlNumber: st.elements[1] ?? '',
      ...(guide === '' ? {} : { guide }),
      group: { functionalId: '', controlNumber: '', at: locate(st) },
      transactions: [],
      at: locate(st),
    };
  }

  segment(seg: Segment, _loop: string, path: string): undefined {
    this.#r.loop = path;
    this.#read(seg, this.#ack);
  }

  finish(at: Segment | undefined): ImplementationAck {
    const ack = this.#ack;
    const where = at ?? ack.at;
    this.#closeSet(where);
    if (!this.#hasAk1) this.#missing(where, 'AK1 functional group response header');
    if (ack.groupResponse === undefined)
      this.#missing(where, 'AK9 functional group response trailer');
    return ack;
  }

  #missing(at: SegmentLocation, what: string): void {
    this.#sink(
      issueAt(at, 'required-segment-missing', `999 ${this.#ack.controlNumber} has no ${what}`, {
        ack: { ik3: '3' },
      }),
    );
  }

  #closeSet(at: SegmentLocation): void {
    const set = this.#set;
    if (set !== undefined && !this.#hasIk5)
      this.#missing(at, `IK5 for transaction set ${set.setId} ${set.controlNumber}`);
    this.#set = undefined;
    this.#hasIk5 = false;
    this.#segment = undefined;
    this.#element = undefined;
  }

  #read(seg: Segment, ack: AckDraft): void {
    const r = this.#r;
    switch (seg.id) {
      case 'AK1': {
        this.#hasAk1 = true;
        const version = r.text(seg, 3);
        ack.group = {
          functionalId: r.text(seg, 1, true),
          controlNumber: r.text(seg, 2, true),
          ...(version === '' ? {} : { version }),
          at: locate(seg),
        };
        return;
      }
      case 'AK2': {
        this.#closeSet(seg);
        const guide = r.text(seg, 3);
        const set: TransactionDraft = {
          setId: r.text(seg, 1, true),
          controlNumber: r.text(seg, 2, true),
          ...(guide === '' ? {} : { guide }),
          codes: [],
          segmentErrors: [],
          at: locate(seg),
        };
        ack.transactions.push(set);
        this.#set = set;
        return;
      }
      case 'IK3':
        this.#readIk3(seg);
        return;
      case 'IK4':
        this.#readIk4(seg);
        return;
      case 'CTX': {
        const context = readContext(seg);
        if (this.#element !== undefined) this.#element.context.push(context);
        else this.#segment?.context.push(context);
        return;
      }
      case 'IK5': {
        const set = this.#set;
        const status = r.code(seg, 1, transactionStatuses, true);
        if (set === undefined) return;
        this.#hasIk5 = true;
        if (status !== undefined) set.status = status;
        set.codes = codesFrom(seg, 2, 6);
        this.#segment = undefined;
        this.#element = undefined;
        return;
      }
      case 'AK9': {
        this.#closeSet(seg);
        ack.groupResponse = {
          status: r.code(seg, 1, groupStatuses, true) ?? 'R',
          included: r.integer(seg, 2, true) ?? 0,
          received: r.integer(seg, 3, true) ?? 0,
          accepted: r.integer(seg, 4, true) ?? 0,
          codes: codesFrom(seg, 5, 9),
        };
        return;
      }
      default:
        return;
    }
  }

  #readIk3(seg: Segment): void {
    const r = this.#r;
    const segmentId = r.text(seg, 1, true);
    const position = r.integer(seg, 2, true) ?? 0;
    const loop = r.text(seg, 3);
    const code = r.code(seg, 4, segmentErrorList) ?? r.text(seg, 4);
    const error: SegmentDraft = {
      segmentId,
      position,
      ...(loop === '' ? {} : { loop }),
      ...(code === '' ? {} : { code }),
      context: [],
      elements: [],
      at: locate(seg),
    };
    this.#set?.segmentErrors.push(error);
    this.#segment = error;
    this.#element = undefined;
  }

  #readIk4(seg: Segment): void {
    const r = this.#r;
    const [element, component, repetition] = components(seg, 1).map(positive);
    if (element === undefined) r.text(seg, 1, true);
    const reference = r.text(seg, 2);
    const code = r.code(seg, 3, elementErrorList, true) ?? r.text(seg, 3);
    const badValue = r.text(seg, 4);
    const error: ElementDraft = {
      element: element ?? 0,
      ...(component === undefined ? {} : { component }),
      ...(repetition === undefined ? {} : { repetition }),
      ...(reference === '' ? {} : { reference }),
      code,
      ...(badValue === '' ? {} : { badValue }),
      context: [],
      at: locate(seg),
    };
    this.#segment?.elements.push(error);
    this.#element = error;
  }
}

/**
 * Turns the segments of 999 transaction sets (005010X231A1; the earlier 005010X231 is read the
 * same way) into {@link ImplementationAck}s, one segment at a time: each segment is placed in
 * its loop by the 999 grammar and its values are read and checked (IK501/AK901 status codes,
 * IK304/IK403 error codes, positions). AK1, IK5 per AK2 and AK9 are required.
 */
export const implementationAckReader = (sink: IssueSink) =>
  new GuidedSetReader(sink, { grammar: grammar999, name: '999' }, (st) => new AckHandler(st, sink));
