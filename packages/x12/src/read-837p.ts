import type {
  BillingProvider,
  Entity,
  LineAdjudication,
  Patient,
  ProfessionalClaim,
  ProfessionalLine,
  Subscriber,
} from './claim-837p.ts';
import { ElementReader } from './element-reader.ts';
import { grammar837p } from './grammar/837p.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import type { IssueSink } from './issue.ts';
import type { Cents } from './money.ts';
import {
  LineAdjudicationReader,
  otherPayerSegments,
  readOtherPayer,
  type OtherPayerDraft,
} from './read-other-payer.ts';
import {
  readAddress,
  readDateRange,
  readDemographics,
  readDiagnoses,
  readEntity,
  readSbr,
  readSv1,
  sbrOf,
} from './read-837p-parts.ts';
import { checkProfessionalClaim } from './check-837p-claim.ts';
import { taxonomyQualifierCodes } from './code-lists.ts';
import { componentOf, element, type Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type LineDraft = Draft<ProfessionalLine> & { adjudications: Draft<LineAdjudication>[] };
type ClaimDraft = Draft<ProfessionalClaim> & {
  lines: LineDraft[];
  otherPayers: OtherPayerDraft[];
  diagnoses: ProfessionalClaim['diagnoses'][number][];
};

const zero = 0 as Cents;
const emptyEntity = (role: string): Entity => ({ role, kind: 'organization', lastName: '' });
/** HL03 level codes of 005010X222A1 and the level each must sit under. */
const hlParents = { '20': undefined, '22': '20', '23': '22' } as const;

/** Reads the placed segments of one 837P set, handing back each claim when it closes. */
class ClaimHandler implements SetHandler<ProfessionalClaim> {
  readonly #r: ElementReader;
  readonly #st: string;
  #billing: Draft<BillingProvider> = emptyEntity('85');
  #billingTaxonomy: string | undefined;
  #subscriber: Subscriber | undefined;
  #payer: Entity = emptyEntity('PR');
  #patient: Patient | undefined;
  #claim: ClaimDraft | undefined;
  #line: LineDraft | undefined;
  #other: OtherPayerDraft | undefined;
  readonly #adjudications: LineAdjudicationReader;
  #lx = '';
  #entity: { loop: string; value: Draft<Entity> } | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#r = new ElementReader(sink);
    this.#adjudications = new LineAdjudicationReader(this.#r);
    this.#st = element(st, 2);
  }

  segment(
    seg: Segment,
    loop: string,
    path: string,
    opened: boolean,
  ): ProfessionalClaim | undefined {
    this.#r.loop = path;
    if (opened && seg.id !== 'NM1') this.#entity = undefined;
    if (seg.id === 'HL') this.#readHl(seg);
    else if (seg.id === 'CLM' || seg.id === 'SE') {
      const done = this.closeItem();
      if (seg.id === 'CLM') this.#readClm(seg);
      return done;
    } else this.#read(seg, loop);
    return undefined;
  }

  /** Checks and hands back the open claim (a new HL, CLM or the end of the set closes it). */
  closeItem(): ProfessionalClaim | undefined {
    const claim = this.#claim;
    if (claim === undefined) return undefined;
    this.#claim = undefined;
    checkProfessionalClaim(claim, this.#r);
    return claim;
  }

  finish(): undefined {
    return undefined;
  }

  #readHl(seg: Segment): void {
    const level = element(seg, 3);
    if (level === '20') {
      this.#billing = emptyEntity('85');
      this.#billingTaxonomy = undefined;
      this.#subscriber = undefined;
    }
    // Each 2000B starts a new subscriber: nothing of the previous one (SBR, DMG) carries over.
    if (level === '22') this.#subscriber = undefined;
    if (level === '20' || level === '22') this.#patient = undefined;
    if (level === '23') this.#patient = { ...emptyEntity('QC'), kind: 'person', relationship: '' };
  }

  #readClm(seg: Segment): void {
    const r = this.#r;
    const pos = element(seg, 5);
    const placeOfService = componentOf(pos, seg.delimiters.component, 1);
    const frequency = componentOf(pos, seg.delimiters.component, 3);
    if (placeOfService === '') r.missingComponent(seg, 5, 1);
    if (frequency === '') r.missingComponent(seg, 5, 3);
    // Built property by property: a spread inside an object literal costs V8 about a
    // microsecond, as much as reading the rest of the CLM.
    const claim = {
      transactionControlNumber: this.#st,
      billingProvider: this.#billing,
      subscriber: this.#subscriber ?? { ...emptyEntity('IL'), responsibility: '' },
      payer: this.#payer,
    } as ClaimDraft;
    if (this.#patient !== undefined) claim.patient = this.#patient;
    claim.claimId = r.text(seg, 1, true);
    claim.charge = r.cents(seg, 2, true) ?? zero;
    claim.placeOfService = placeOfService;
    claim.frequency = frequency;
    const related = element(seg, 11);
    if (related !== '') {
      const [first = '', second = '', , state = ''] = related.split(seg.delimiters.component);
      claim.relatedCauses = second === '' ? [first] : [first, second];
      if (state !== '') claim.autoAccidentState = state;
    }
    claim.diagnoses = [];
    claim.otherPayers = [];
    claim.lines = [];
    claim.at = locate(seg);
    this.#claim = claim;
    this.#line = undefined;
    this.#other = undefined;
  }

  #read(seg: Segment, loop: string): void {
    const r = this.#r;
    const claim = this.#claim;
    if (loop === '2320' && otherPayerSegments.has(seg.id)) {
      if (claim !== undefined) this.#other = readOtherPayer(seg, r, this.#other, claim);
      return;
    }
    switch (seg.id) {
      case 'NM1':
        this.#readNm1(seg, loop);
        return;
      case 'N3':
      case 'N4':
        if (this.#entity !== undefined && this.#entity.loop === loop) {
          this.#entity.value.address = readAddress(seg, r, this.#entity.value.address);
        }
        return;
      case 'DMG': {
        const demo = readDemographics(seg, r);
        if (loop === '2010BA' && this.#subscriber !== undefined)
          this.#subscriber = { ...this.#subscriber, ...demo };
        if (loop === '2010CA' && this.#patient !== undefined)
          this.#patient = { ...this.#patient, ...demo };
        return;
      }
      case 'SBR':
        this.#subscriber = {
          ...(this.#subscriber ?? emptyEntity('IL')),
          ...readSbr(seg, this.#r),
        };
        return;
      case 'PAT':
        if (loop === '2000C' && this.#patient !== undefined)
          this.#patient = { ...this.#patient, relationship: r.text(seg, 1, true) };
        return;
      case 'PRV':
        r.code(seg, 2, taxonomyQualifierCodes, true);
        if (loop === '2000A' && element(seg, 1) === 'BI')
          this.#billingTaxonomy = r.text(seg, 3, true);
        return;
      case 'REF':
        if (loop === '2010AA' && (element(seg, 1) === 'EI' || element(seg, 1) === 'SY')) {
          const taxId = r.text(seg, 2, true);
          if (taxId !== undefined) this.#billing.taxId = taxId;
        }
        if (loop === '2300' && claim !== undefined && element(seg, 1) === 'F8')
          claim.payerClaimControlNumber = r.text(seg, 2, true);
        if (loop === '2400' && this.#line !== undefined && element(seg, 1) === '6R')
          this.#line.lineControlNumber = r.text(seg, 2, true);
        return;
      case 'HI':
        if (claim !== undefined)
          claim.diagnoses.push(...readDiagnoses(seg, r, claim.diagnoses.length === 0));
        return;
      case 'LX':
        this.#line = undefined;
        this.#lx = r.text(seg, 1, true);
        return;
      case 'SV1':
        this.#readSv1(seg);
        return;
      case 'DTP':
        if (element(seg, 1) === '573') this.#readAdjudicationDate(seg, loop);
        if (loop === '2300' && claim !== undefined) readClaimDate(seg, r, claim);
        if (loop === '2400' && this.#line !== undefined && element(seg, 1) === '472') {
          const { from, to } = readDateRange(seg, r);
          if (from !== undefined) this.#line.serviceFrom = from;
          if (to !== undefined) this.#line.serviceTo = to;
        }
        return;
      case 'SVD':
        this.#adjudications.open(seg, this.#line);
        return;
      case 'CAS':
      case 'AMT':
        this.#adjudications.add(seg, loop);
        return;
      default:
        return;
    }
  }

  #readNm1(seg: Segment, loop: string): void {
    const value = readEntity(seg, this.#r) as Draft<Entity>;
    this.#entity = { loop, value };
    const claim = this.#claim;
    if (loop === '2010AA') {
      if (this.#billingTaxonomy !== undefined)
        (value as Draft<BillingProvider>).taxonomy = this.#billingTaxonomy;
      this.#billing = value;
    } else if (loop === '2010BA')
      this.#subscriber = {
        ...value,
        responsibility: this.#subscriber?.responsibility ?? '',
        ...sbrOf(this.#subscriber),
      };
    else if (loop === '2010BB') this.#payer = value;
    else if (loop === '2010CA' && this.#patient !== undefined)
      this.#patient = { ...value, relationship: this.#patient.relationship };
    else if (loop === '2310A' && claim !== undefined) claim.referringProvider = value;
    else if (loop === '2310B' && claim !== undefined) claim.renderingProvider = value;
    else if (loop === '2310C' && claim !== undefined) claim.serviceFacility = value;
    else if (loop === '2330A' && this.#other !== undefined) this.#other.subscriber = value;
    else if (loop === '2330B' && this.#other !== undefined) this.#other.payer = value;
    else if (loop === '2420A' && this.#line !== undefined) this.#line.renderingProvider = value;
    // Entities captured by value above: re-point so N3/N4 that follow land on the stored copy.
    if (loop === '2010BA' && this.#subscriber !== undefined)
      this.#entity = { loop, value: this.#subscriber };
    if (loop === '2010CA' && this.#patient !== undefined)
      this.#entity = { loop, value: this.#patient };
  }

  /** DTP*573: the other payer's adjudication date, for the claim (2330B) or a line (2430). */
  #readAdjudicationDate(seg: Segment, loop: string): void {
    const on = this.#r.date(seg, 3);
    if (on === undefined) return;
    if (loop === '2330B' && this.#other !== undefined) this.#other.adjudicatedOn = on;
    this.#adjudications.dated(on, loop);
  }

  #readSv1(seg: Segment): void {
    const claim = this.#claim;
    if (claim === undefined) return;
    const line = readSv1(seg, this.#r, this.#lx) as LineDraft;
    line.adjudications = [];
    claim.lines.push(line);
    this.#line = line;
  }
}

/**
 * Reads 837 professional transaction sets (005010X222A1) into {@link ProfessionalClaim}s, one
 * segment at a time, emitting each claim when the next CLM, HL or SE closes it. Segments are
 * placed by the 837P grammar, the HL tree is checked, and each claim is checked for the rules
 * a payer front end applies: CLM02 = Σ SV102, REF*F8 on frequency 7/8, principal diagnosis
 * first, SV107 pointers to existing diagnoses, PRV03 taxonomy qualifier PXC, at least one line.
 */
export const professionalClaimReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar837p, guides: ['X222'], hlParents, name: '837P' },
    (st) => new ClaimHandler(st, sink),
  );

/** 2300 DTP*431, DTP*454 and DTP*439: the dates that go with CLM11 and box 14/15. */
function readClaimDate(seg: Segment, r: ElementReader, claim: ClaimDraft): void {
  const qualifier = element(seg, 1);
  const field =
    qualifier === '431'
      ? 'onsetDate'
      : qualifier === '454'
        ? 'initialTreatmentDate'
        : qualifier === '439'
          ? 'accidentDate'
          : undefined;
  if (field === undefined) return;
  const on = r.date(seg, 3, true);
  if (on !== undefined) claim[field] = on;
}
