import type { Address } from './claim-837p.ts';
import type {
  Contact,
  EligibilityMember,
  EligibilityReceiver,
  EligibilityResponse,
  EligibilitySource,
  QualifiedDate,
  QualifiedReference,
  Rejection,
  RelatedEntity,
  Trace,
} from './eligibility.ts';
import { ElementReader } from './element-reader.ts';
import { eligibilityHlParents, grammar271 } from './grammar/270-271.ts';
import { GuidedSetReader, locate, readBht, type SetHandler } from './guided-set-reader.ts';
import type { IssueSink } from './issue.ts';
import {
  readAaa,
  readContact,
  readEb,
  readQualifiedDate,
  readReference,
  type BenefitDraft,
} from './read-271-parts.ts';
import { readParty } from './read-277ca-parts.ts';
import { readPerson } from './read-835-parts.ts';
import { readAddress } from './read-837p-parts.ts';
import type { Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type MemberDraft = Draft<EligibilityMember> & {
  traces: Trace[];
  references: QualifiedReference[];
  dates: QualifiedDate[];
  rejections: Rejection[];
  benefits: BenefitDraft[];
};
type SubscriberDraft = MemberDraft & { dependents: MemberDraft[] };
type EntityDraft = Draft<RelatedEntity> & { contacts: Contact[] };
type ReceiverDraft = Draft<EligibilityReceiver> & {
  rejections: Rejection[];
  subscribers: SubscriberDraft[];
};
type SourceDraft = Draft<EligibilitySource> & {
  contacts: Contact[];
  rejections: Rejection[];
  receivers: ReceiverDraft[];
};

const member = (seg: Segment): MemberDraft => ({
  traces: [],
  name: { lastName: '' },
  references: [],
  dates: [],
  rejections: [],
  benefits: [],
  at: locate(seg),
});

/** Builds one {@link EligibilityResponse} from the placed segments of a 271. */
class ResponseHandler implements SetHandler<EligibilityResponse> {
  readonly #r: ElementReader;
  readonly #response: Draft<EligibilityResponse> & { sources: SourceDraft[] };
  #source: SourceDraft | undefined;
  #receiver: ReceiverDraft | undefined;
  #subscriber: SubscriberDraft | undefined;
  #member: MemberDraft | undefined;
  #benefit: BenefitDraft | undefined;
  #entity: EntityDraft | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#r = new ElementReader(sink);
    this.#response = { controlNumber: st.elements[1] ?? '', sources: [], at: locate(st) };
  }

  segment(seg: Segment, loop: string, path: string): undefined {
    this.#r.loop = path;
    const r = this.#r;
    const level = loop.slice(0, 4);
    switch (seg.id) {
      case 'BHT':
        readBht(seg, r, this.#response);
        return;
      case 'HL':
        this.#openLevel(seg);
        return;
      case 'TRN': {
        const originator = r.text(seg, 3);
        this.#member?.traces.push({
          type: r.code(seg, 1, ['1', '2'], true) ?? '',
          number: r.text(seg, 2, true),
          ...(originator === '' ? {} : { originator }),
        });
        return;
      }
      case 'NM1':
        this.#readName(seg, loop);
        return;
      case 'N3':
      case 'N4':
        this.#readAddress(seg, level);
        return;
      case 'PER':
        if (level === '2120') this.#entity?.contacts.push(readContact(seg));
        else this.#source?.contacts.push(readContact(seg));
        return;
      case 'AAA':
        this.#rejectionsOf(loop)?.push(readAaa(seg, r));
        return;
      case 'DMG':
        this.#readDemographics(seg);
        return;
      case 'INS': {
        const relationship = r.text(seg, 2);
        if (this.#member && relationship !== '') this.#member.relationship = relationship;
        return;
      }
      case 'REF':
        if (level === '2110') this.#benefit?.references.push(readReference(seg, r));
        else if (level === '2100' && loop !== '2100B')
          this.#member?.references.push(readReference(seg, r));
        return;
      case 'DTP': {
        const date = readQualifiedDate(seg, r);
        if (date === undefined) return;
        if (level === '2110') this.#benefit?.dates.push(date);
        else this.#member?.dates.push(date);
        return;
      }
      case 'EB':
        this.#benefit = readEb(seg, r);
        this.#entity = undefined;
        this.#member?.benefits.push(this.#benefit);
        return;
      case 'MSG': {
        const text = r.text(seg, 1, true);
        if (text !== '') this.#benefit?.messages.push(text);
        return;
      }
      default:
        return;
    }
  }

  finish(): EligibilityResponse {
    return this.#response;
  }

  #openLevel(seg: Segment): void {
    const code = seg.elements[2] ?? '';
    this.#benefit = undefined;
    this.#entity = undefined;
    if (code === '20') {
      this.#source = {
        party: { name: '' },
        contacts: [],
        rejections: [],
        receivers: [],
        at: locate(seg),
      };
      this.#response.sources.push(this.#source);
      this.#receiver = undefined;
    } else if (code === '21') {
      this.#receiver = { party: { name: '' }, rejections: [], subscribers: [], at: locate(seg) };
      this.#source?.receivers.push(this.#receiver);
    } else if (code === '22') {
      this.#subscriber = { ...member(seg), dependents: [] };
      this.#receiver?.subscribers.push(this.#subscriber);
      this.#member = this.#subscriber;
    } else if (code === '23') {
      this.#member = member(seg);
      this.#subscriber?.dependents.push(this.#member);
    }
  }

  #readName(seg: Segment, loop: string): void {
    const r = this.#r;
    r.text(seg, 1, true);
    if (loop === '2100A' && this.#source) this.#source.party = readParty(seg);
    else if (loop === '2100B' && this.#receiver) this.#receiver.party = readParty(seg);
    else if ((loop === '2100C' || loop === '2100D') && this.#member)
      this.#member.name = readPerson(seg);
    else if (this.#benefit) {
      this.#entity = { role: seg.elements[0] ?? '', party: readParty(seg), contacts: [] };
      this.#benefit.relatedEntities.push(this.#entity);
    }
  }

  #readAddress(seg: Segment, level: string): void {
    const holder: { address?: Address } | undefined =
      level === '2120' ? this.#entity : level === '2100' ? this.#member : undefined;
    if (holder) holder.address = readAddress(seg, this.#r, holder.address);
  }

  #readDemographics(seg: Segment): void {
    const r = this.#r;
    r.code(seg, 1, ['D8'], true);
    const birthDate = r.date(seg, 2, true);
    const gender = r.text(seg, 3);
    if (this.#member === undefined) return;
    if (birthDate !== undefined) this.#member.birthDate = birthDate;
    if (gender !== '') this.#member.gender = gender;
  }

  #rejectionsOf(loop: string): Rejection[] | undefined {
    if (loop === '2000A' || loop === '2100A') return this.#source?.rejections;
    if (loop === '2100B') return this.#receiver?.rejections;
    if (loop.startsWith('2110')) return this.#benefit?.rejections;
    return this.#member?.rejections;
  }
}

/**
 * Turns the segments of 271 transaction sets (005010X279A1, and the pre-addenda 005010X279)
 * into {@link EligibilityResponse}s, one segment at a time: loops placed by {@link grammar271},
 * the HL tree checked, EB01, EB11/EB12 and AAA codes, amounts, percents and dates checked.
 * 271s are told apart from 270s by ST01; other transaction sets are skipped.
 */
export const eligibilityResponseReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar271, guides: ['X279'], hlParents: eligibilityHlParents, name: '271' },
    (st) => new ResponseHandler(st, sink),
  );
