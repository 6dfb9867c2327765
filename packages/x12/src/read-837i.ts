import type { InstitutionalClaim } from './claim-837i.ts';
import type {
  BillingProvider,
  Entity,
  LineAdjudication,
  Patient,
  Subscriber,
} from './claim-837p.ts';
import { checkInstitutionalClaim } from './check-837i-claim.ts';
import { checkCobBalancing } from './check-837p-cob.ts';
import { ElementReader } from './element-reader.ts';
import { grammar837i } from './grammar/837i.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import type { IssueSink } from './issue.ts';
import type { Cents } from './money.ts';
import { readCas } from './read-835-parts.ts';
import { otherPayerSegments, readOtherPayer, type OtherPayerDraft } from './read-other-payer.ts';
import {
  readAddress,
  readDateRange,
  readDemographics,
  readEntity,
  readSbr,
  readSvd,
} from './read-837p-parts.ts';
import {
  readInstitutionalHi,
  readSv2,
  type CodeLists,
  type InstitutionalLineDraft,
} from './read-837i-parts.ts';
import { element, type Segment } from './segment.ts';
import { parseX12Date } from './x12-date.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type ClaimDraft = Omit<Draft<InstitutionalClaim>, keyof CodeLists> &
  CodeLists & { otherPayers: OtherPayerDraft[]; lines: InstitutionalLineDraft[] };

const emptyEntity = (role: string): Draft<Entity> => ({ role, kind: 'organization', lastName: '' });
/** HL03 level codes of 005010X223A2 and the level each must sit under. */
const hlParents = { '20': undefined, '22': '20', '23': '22' } as const;
/** 2310A-F NM1 loops and the claim field each fills. */
const claimProviders = {
  '2310A': 'attendingProvider',
  '2310B': 'operatingProvider',
  '2310C': 'otherOperatingProvider',
  '2310D': 'renderingProvider',
  '2310E': 'serviceFacility',
  '2310F': 'referringProvider',
} as const;

/** Reads the placed segments of one 837I set, handing back each claim when it closes. */
class ClaimHandler implements SetHandler<InstitutionalClaim> {
  readonly #r: ElementReader;
  readonly #st: string;
  #billing: Draft<BillingProvider> = emptyEntity('85');
  #taxonomy: string | undefined;
  #subscriber: Draft<Subscriber> = { ...emptyEntity('IL'), responsibility: '' };
  #payer: Draft<Entity> = emptyEntity('PR');
  #patient: Draft<Patient> | undefined;
  #claim: ClaimDraft | undefined;
  #other: OtherPayerDraft | undefined;
  #line: InstitutionalLineDraft | undefined;
  #adjudication: Draft<LineAdjudication> | undefined;
  #lx = '';
  #entity: { loop: string; value: Draft<Entity> } | undefined;

  constructor(st: Segment, sink: IssueSink) {
    this.#r = new ElementReader(sink);
    this.#st = st.elements[1] ?? '';
  }

  segment(seg: Segment, loop: string, path: string): InstitutionalClaim | undefined {
    this.#r.loop = path;
    if (seg.id === 'HL' || seg.id === 'CLM' || seg.id === 'SE') {
      const done = this.finish();
      if (seg.id === 'HL') this.#readHl(seg);
      if (seg.id === 'CLM') this.#readClm(seg);
      return done;
    }
    this.#read(seg, loop);
    return undefined;
  }

  finish(): InstitutionalClaim | undefined {
    const claim = this.#claim;
    if (claim === undefined) return undefined;
    this.#claim = undefined;
    this.#line = undefined;
    this.#other = undefined;
    this.#adjudication = undefined;
    checkInstitutionalClaim(claim, this.#r);
    checkCobBalancing(claim, this.#r, 'SV203');
    return claim;
  }

  #readHl(seg: Segment): void {
    const level = seg.elements[2];
    this.#entity = undefined;
    if (level === '20') {
      this.#billing = emptyEntity('85');
      this.#taxonomy = undefined;
    }
    if (level === '22') {
      this.#subscriber = { ...emptyEntity('IL'), responsibility: '' };
      this.#payer = emptyEntity('PR');
    }
    this.#patient = level === '23' ? { ...emptyEntity('QC'), relationship: '' } : undefined;
  }

  #readClm(seg: Segment): void {
    const r = this.#r;
    const [facilityType = '', , frequency = ''] = (seg.elements[4] ?? '').split(
      seg.delimiters.component,
    );
    if (facilityType === '') r.missingComponent(seg, 5, 1);
    if (frequency === '') r.missingComponent(seg, 5, 3);
    this.#claim = {
      transactionControlNumber: this.#st,
      billingProvider: this.#billing,
      subscriber: this.#subscriber,
      payer: this.#payer,
      ...(this.#patient === undefined ? {} : { patient: this.#patient }),
      claimId: r.text(seg, 1, true),
      charge: r.cents(seg, 2, true) ?? (0 as Cents),
      facilityType,
      frequency,
      diagnoses: [],
      procedures: [],
      occurrences: [],
      occurrenceSpans: [],
      values: [],
      conditions: [],
      treatments: [],
      otherPayers: [],
      lines: [],
      at: locate(seg),
    };
    this.#entity = undefined;
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
        if (this.#entity?.loop === loop)
          this.#entity.value.address = readAddress(seg, r, this.#entity.value.address);
        return;
      case 'DMG':
        this.#readDmg(seg, loop);
        return;
      case 'SBR':
        Object.assign(this.#subscriber, readSbr(seg, r, false));
        return;
      case 'PAT':
        if (this.#patient) this.#patient.relationship = r.text(seg, 1, true);
        return;
      case 'PRV':
        if (loop === '2000A' && seg.elements[0] === 'BI') this.#taxonomy = r.text(seg, 3, true);
        return;
      case 'REF':
        this.#readRef(seg, loop);
        return;
      case 'DTP':
        this.#readDtp(seg, loop);
        return;
      case 'CL1':
        if (claim) this.#readCl1(seg, claim);
        return;
      case 'HI':
        if (claim) readInstitutionalHi(seg, r, claim);
        return;
      case 'LX':
        this.#line = undefined;
        this.#adjudication = undefined;
        this.#lx = r.text(seg, 1, true);
        return;
      case 'SV2':
        if (claim === undefined) return;
        this.#line = readSv2(seg, r, this.#lx);
        claim.lines.push(this.#line);
        return;
      case 'SVD':
        this.#readSvd(seg);
        return;
      case 'CAS':
        if (loop === '2430' && this.#adjudication)
          this.#adjudication.adjustments = [...this.#adjudication.adjustments, ...readCas(seg, r)];
        return;
      default:
        return;
    }
  }

  #readNm1(seg: Segment, loop: string): void {
    const read = readEntity(seg, this.#r);
    let value: Draft<Entity> = { ...read };
    const claim = this.#claim;
    if (loop === '2010AA') {
      this.#billing = {
        ...value,
        ...(this.#taxonomy === undefined ? {} : { taxonomy: this.#taxonomy }),
      };
      value = this.#billing;
    } else if (loop === '2010BA') {
      Object.assign(this.#subscriber, read);
      value = this.#subscriber;
    } else if (loop === '2010BB') {
      Object.assign(this.#payer, read);
      value = this.#payer;
    } else if (loop === '2010CA' && this.#patient) {
      Object.assign(this.#patient, read);
      value = this.#patient;
    } else if (loop in claimProviders && claim) {
      claim[claimProviders[loop as keyof typeof claimProviders]] = value;
    } else if (loop === '2330A' && this.#other) this.#other.subscriber = value;
    else if (loop === '2330B' && this.#other) this.#other.payer = value;
    this.#entity = { loop, value };
  }

  #readDmg(seg: Segment, loop: string): void {
    const demographics = readDemographics(seg, this.#r);
    const person =
      loop === '2010BA' ? this.#subscriber : loop === '2010CA' ? this.#patient : undefined;
    if (person !== undefined) Object.assign(person, demographics);
  }

  #readRef(seg: Segment, loop: string): void {
    const [qualifier = ''] = seg.elements;
    const value = () => this.#r.text(seg, 2, true);
    const claim = this.#claim;
    if (loop === '2010AA' && (qualifier === 'EI' || qualifier === 'SY'))
      this.#billing.taxId = value();
    else if (loop === '2300' && claim) {
      if (qualifier === 'F8') claim.payerClaimControlNumber = value();
      if (qualifier === 'G1') claim.priorAuthorization = value();
      if (qualifier === 'EA') claim.medicalRecordNumber = value();
    } else if (loop === '2400' && this.#line && qualifier === '6R')
      this.#line.lineControlNumber = value();
  }

  /** 2430 SVD: SVD01 payer, SVD02 paid, SVD03 procedure when adjudicated by one, SVD04 revenue code. */
  #readSvd(seg: Segment): void {
    if (this.#line === undefined) return;
    const revenueCode = element(seg, 4);
    this.#adjudication = {
      ...readSvd(seg, this.#r),
      ...(revenueCode === '' ? {} : { revenueCode }),
      at: locate(seg),
    };
    this.#line.adjudications.push(this.#adjudication);
  }

  #readDtp(seg: Segment, loop: string): void {
    const r = this.#r;
    const qualifier = seg.elements[0] ?? '';
    if (qualifier === '573') {
      const on = r.date(seg, 3);
      if (on !== undefined && loop === '2330B' && this.#other) this.#other.adjudicatedOn = on;
      if (on !== undefined && loop === '2430' && this.#adjudication) this.#adjudication.date = on;
      return;
    }
    if (loop === '2400' && this.#line && qualifier === '472') {
      const { from, to } = readDateRange(seg, r);
      if (from !== undefined) this.#line.serviceFrom = from;
      if (to !== undefined) this.#line.serviceTo = to;
      return;
    }
    const claim = this.#claim;
    if (loop !== '2300' || claim === undefined) return;
    if (qualifier === '434') {
      const { from, to } = readDateRange(seg, r);
      if (from !== undefined) claim.statementFrom = from;
      if (to !== undefined) claim.statementTo = to;
    } else if (qualifier === '435') {
      const format = r.code(seg, 2, ['D8', 'DT'], true);
      const raw = r.text(seg, 3, true);
      const date = parseX12Date(raw.slice(0, 8));
      const time = format === 'DT' ? raw.slice(8) : '';
      if (date !== undefined) claim.admission = { date, ...(time === '' ? {} : { time }) };
      else if (raw !== '')
        r.report(seg, 'invalid-date', `DTP03 "${raw}" is not a ${format ?? 'D8'} date`, 3);
    } else if (qualifier === '096') {
      claim.dischargeHour = r.text(seg, 3, true);
    }
  }

  #readCl1(seg: Segment, claim: ClaimDraft): void {
    const [type = '', source = '', status = ''] = seg.elements;
    if (type !== '') claim.admissionType = type;
    if (source !== '') claim.admissionSource = source;
    if (status !== '') claim.patientStatus = status;
  }
}

/**
 * Reads 837 institutional transaction sets (005010X223A2, and the earlier 005010X223/X223A1)
 * into {@link InstitutionalClaim}s, handing back each claim when the next CLM, HL or the SE
 * closes it: segments placed by {@link grammar837i}, the HL tree checked, HI qualifiers,
 * amounts and dates checked, and each claim checked ({@link checkInstitutionalClaim}).
 */
export const institutionalClaimReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar837i, guides: ['X223'], hlParents, name: '837I' },
    (st) => new ClaimHandler(st, sink),
  );
