import type { Address } from './claim-837p.ts';
import type {
  EligibilityInquirySet,
  InquiryMember,
  InquiryReceiver,
  InquirySource,
} from './eligibility-inquiry.ts';
import type { QualifiedDate, QualifiedReference, Trace } from './eligibility.ts';
import { ElementReader } from './element-reader.ts';
import { eligibilityHlParents, grammar270 } from './grammar/270-271.ts';
import { rules270 } from './grammar/270-rules.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import {
  readEq,
  readInquiryAmount,
  readProviderRole,
  readTrace,
  type BenefitInquiryDraft,
} from './read-270-parts.ts';
import { readQualifiedDate, readReference } from './read-271-parts.ts';
import { readParty } from './read-277ca-parts.ts';
import { readPerson } from './read-835-parts.ts';
import { readAddress, readDiagnoses } from './read-837p-parts.ts';
import { checkSegment } from './segment-rules.ts';
import { element, type Segment } from './segment.ts';
import { parseX12Date } from './x12-date.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type MemberDraft = Draft<InquiryMember> & {
  traces: Trace[];
  references: QualifiedReference[];
  diagnoses: InquiryMember['diagnoses'][number][];
  dates: QualifiedDate[];
  inquiries: BenefitInquiryDraft[];
};
type SubscriberDraft = MemberDraft & { dependents: MemberDraft[] };
type ReceiverDraft = Draft<InquiryReceiver> & {
  references: QualifiedReference[];
  subscribers: SubscriberDraft[];
};
type SourceDraft = Draft<InquirySource> & { receivers: ReceiverDraft[] };

const member = (seg: Segment): MemberDraft => ({
  traces: [],
  name: { lastName: '' },
  references: [],
  diagnoses: [],
  dates: [],
  inquiries: [],
  at: locate(seg),
});

/** Does nothing: values whose checks {@link rules270} makes are read without reporting twice. */
const unreported: IssueSink = () => undefined;

/**
 * Builds one {@link EligibilityInquirySet} from the placed segments of a 270. Each segment is
 * first checked against {@link rules270} (the rules `validateX12` applies to 270s), then read;
 * segments the rules do not cover (EQ, AMT, HI, PRV, INS) are checked as they are read.
 */
class InquiryHandler implements SetHandler<EligibilityInquirySet> {
  readonly #sink: IssueSink;
  readonly #r: ElementReader;
  readonly #quiet = new ElementReader(unreported);
  readonly #set: Draft<EligibilityInquirySet> & { sources: SourceDraft[] };
  #source: SourceDraft | undefined;
  #receiver: ReceiverDraft | undefined;
  #subscriber: SubscriberDraft | undefined;
  #member: MemberDraft | undefined;
  /** The member of the lowest HL of its branch (HL04 not `1`): the patient asked about. */
  #patient: { member: MemberDraft; hl: Segment } | undefined;
  #patients = 0;
  #inquiry: BenefitInquiryDraft | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#sink = sink;
    this.#r = new ElementReader(sink);
    this.#set = { controlNumber: element(st, 2), purpose: '', sources: [], at: locate(st) };
  }

  segment(seg: Segment, loop: string, path: string): undefined {
    const r = this.#r;
    r.loop = path;
    checkSegment(rules270, seg, loop, r);
    const level = loop.slice(0, 4);
    switch (seg.id) {
      case 'BHT':
        this.#readBht(seg);
        return;
      case 'HL':
        this.#openLevel(seg);
        return;
      case 'TRN':
        this.#member?.traces.push(readTrace(seg));
        return;
      case 'NM1':
        this.#readName(seg, loop);
        return;
      case 'N3':
      case 'N4':
        this.#readAddress(seg, loop);
        return;
      case 'PRV':
        this.#readProvider(seg, loop);
        return;
      case 'DMG':
        this.#readDemographics(seg);
        return;
      case 'INS':
        this.#readIns(seg);
        return;
      case 'HI':
        this.#member?.diagnoses.push(...readDiagnoses(seg, r, this.#member.diagnoses.length === 0));
        return;
      case 'REF':
        this.#readRef(seg, loop);
        return;
      case 'DTP': {
        const date = readQualifiedDate(seg, this.#quiet);
        if (date === undefined) return;
        if (level === '2110') this.#inquiry?.dates.push(date);
        else this.#member?.dates.push(date);
        return;
      }
      case 'EQ':
        this.#inquiry = readEq(seg, r);
        this.#member?.inquiries.push(this.#inquiry);
        return;
      case 'AMT':
        if (this.#inquiry) readInquiryAmount(seg, r, this.#inquiry);
        return;
      case 'III':
        if (this.#inquiry && r.code(seg, 1, ['ZZ'], true) === 'ZZ')
          this.#inquiry.placeOfService = r.text(seg, 2, true);
        return;
      default:
        return;
    }
  }

  closeItem(): undefined {
    this.#closePatient();
    return undefined;
  }

  finish(at: Segment | undefined): EligibilityInquirySet {
    this.#closePatient();
    if (this.#patients === 0 && at !== undefined)
      this.#sink(
        issueAt(at, 'required-loop-missing', 'The 270 asks about no patient', {
          ack: { ik3: 'I7' },
        }),
      );
    return this.#set;
  }

  #readBht(seg: Segment): void {
    const q = this.#quiet;
    this.#set.purpose = element(seg, 2);
    const reference = element(seg, 3);
    const createdOn = q.date(seg, 4);
    if (reference !== '') this.#set.reference = reference;
    if (createdOn !== undefined) this.#set.createdOn = createdOn;
  }

  #openLevel(seg: Segment): void {
    const code = element(seg, 3);
    const at = locate(seg);
    this.#inquiry = undefined;
    if (code === '20') {
      this.#source = { party: { name: '' }, receivers: [], at };
      this.#set.sources.push(this.#source);
      this.#receiver = undefined;
      this.#member = undefined;
    } else if (code === '21') {
      this.#receiver = { party: { name: '' }, references: [], subscribers: [], at };
      this.#source?.receivers.push(this.#receiver);
      this.#member = undefined;
    } else if (code === '22') {
      this.#subscriber = { ...member(seg), dependents: [] };
      this.#receiver?.subscribers.push(this.#subscriber);
      this.#member = this.#subscriber;
    } else if (code === '23') {
      this.#member = member(seg);
      this.#subscriber?.dependents.push(this.#member);
    }
    if ((code === '22' || code === '23') && element(seg, 4) !== '1' && this.#member) {
      this.#patient = { member: this.#member, hl: seg };
      this.#patients += 1;
    }
  }

  /** A patient (the lowest level of its branch) must be asked something: an EQ. */
  #closePatient(): void {
    const patient = this.#patient;
    this.#patient = undefined;
    if (patient === undefined || patient.member.inquiries.length > 0) return;
    this.#sink(
      issueAt(
        patient.hl,
        'required-segment-missing',
        `The patient at HL ${element(patient.hl, 1)} has no EQ eligibility or benefit inquiry`,
        { ack: { ik3: '3' } },
      ),
    );
  }

  #readName(seg: Segment, loop: string): void {
    if (loop === '2100A' && this.#source) this.#source.party = readParty(seg);
    else if (loop === '2100B' && this.#receiver) this.#receiver.party = readParty(seg);
    else if (this.#member) {
      const middleName = element(seg, 5);
      this.#member.name = { ...readPerson(seg), ...(middleName === '' ? {} : { middleName }) };
    }
  }

  #holder(loop: string): { address?: Address; provider?: InquiryMember['provider'] } | undefined {
    return loop === '2100B' ? this.#receiver : this.#member;
  }

  #readAddress(seg: Segment, loop: string): void {
    const holder = this.#holder(loop);
    if (holder) holder.address = readAddress(seg, this.#r, holder.address);
  }

  #readProvider(seg: Segment, loop: string): void {
    const holder = this.#holder(loop);
    if (holder) holder.provider = readProviderRole(seg, this.#r);
  }

  #readDemographics(seg: Segment): void {
    const m = this.#member;
    if (m === undefined) return;
    const birthDate = parseX12Date(element(seg, 2));
    const gender = element(seg, 3);
    if (birthDate !== undefined) m.birthDate = birthDate;
    if (gender !== '') m.gender = gender;
  }

  #readIns(seg: Segment): void {
    const r = this.#r;
    r.code(seg, 1, ['Y', 'N'], true);
    const relationship = r.text(seg, 2, true);
    const birthSequence = r.text(seg, 17);
    if (this.#member === undefined) return;
    if (relationship !== '') this.#member.relationship = relationship;
    if (birthSequence !== '') this.#member.birthSequence = birthSequence;
  }

  #readRef(seg: Segment, loop: string): void {
    const reference = readReference(seg, this.#quiet);
    if (loop.startsWith('2110')) {
      this.#r.text(seg, 1, true);
      this.#r.text(seg, 2, true);
      this.#inquiry?.references.push(reference);
    } else if (loop === '2100B') this.#receiver?.references.push(reference);
    else this.#member?.references.push(reference);
  }
}

/**
 * Reads 270 eligibility inquiries (005010X279A1, and the pre-addenda 005010X279) into
 * {@link EligibilityInquirySet}s, one segment at a time: what a payer or clearinghouse
 * receives. Loops placed by {@link grammar270}, the HL tree checked, the 270 element rules
 * applied, and every patient asked about needs an EQ. 271s and other sets are skipped.
 */
export const eligibilityInquiryReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar270, guides: ['X279'], hlParents: eligibilityHlParents, name: '270' },
    (st) => new InquiryHandler(st, sink),
  );
