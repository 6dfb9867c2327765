import type { InstitutionalClaim } from './claim-837i.ts';
import { checkInstitutionalClaim } from './check-837i-claim.ts';
import { checkCobBalancing } from './check-837p-cob.ts';
import { ElementReader } from './element-reader.ts';
import { grammar837i } from './grammar/837i.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import type { IssueSink } from './issue.ts';
import { readDateRange } from './read-837p-parts.ts';
import { ClaimPartiesReader, readClm } from './read-claim-parties.ts';
import { LineAdjudicationReader, type OtherPayerDraft } from './read-other-payer.ts';
import {
  readInstitutionalHi,
  readSv2,
  type CodeLists,
  type InstitutionalLineDraft,
} from './read-837i-parts.ts';
import type { Segment } from './segment.ts';
import { parseX12Date } from './x12-date.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type ClaimDraft = Omit<Draft<InstitutionalClaim>, keyof CodeLists> &
  CodeLists & { otherPayers: OtherPayerDraft[]; lines: InstitutionalLineDraft[] };

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
  readonly #parties: ClaimPartiesReader;
  #claim: ClaimDraft | undefined;
  #line: InstitutionalLineDraft | undefined;
  readonly #adjudications: LineAdjudicationReader;
  #lx = '';

  constructor(st: Segment, sink: IssueSink) {
    this.#r = new ElementReader(sink);
    this.#parties = new ClaimPartiesReader(this.#r);
    this.#adjudications = new LineAdjudicationReader(this.#r, { revenueCode: true });
    this.#st = st.elements[1] ?? '';
  }

  segment(seg: Segment, loop: string, path: string): InstitutionalClaim | undefined {
    this.#r.loop = path;
    if (seg.id === 'HL' || seg.id === 'CLM' || seg.id === 'SE') {
      const done = this.finish();
      if (seg.id === 'HL') this.#parties.startLevel(seg);
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
    this.#adjudications.close();
    checkInstitutionalClaim(claim, this.#r);
    checkCobBalancing(claim, this.#r, 'SV203');
    return claim;
  }

  #readClm(seg: Segment): void {
    const { claimId, charge, facilityCode, frequency } = readClm(seg, this.#r);
    this.#claim = {
      ...this.#parties.startClaim(this.#st),
      claimId,
      charge,
      facilityType: facilityCode,
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
  }

  #read(seg: Segment, loop: string): void {
    const r = this.#r;
    const claim = this.#claim;
    if (this.#parties.read(seg, loop, claim)) return;
    switch (seg.id) {
      case 'NM1': {
        const value = this.#parties.readNm1(seg, loop);
        if (loop in claimProviders && claim)
          claim[claimProviders[loop as keyof typeof claimProviders]] = value;
        return;
      }
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
        this.#adjudications.close();
        this.#lx = r.text(seg, 1, true);
        return;
      case 'SV2':
        if (claim === undefined) return;
        this.#line = readSv2(seg, r, this.#lx);
        claim.lines.push(this.#line);
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

  #readRef(seg: Segment, loop: string): void {
    const [qualifier = ''] = seg.elements;
    const value = () => this.#r.text(seg, 2, true);
    const claim = this.#claim;
    if (loop === '2300' && claim) {
      if (qualifier === 'F8') claim.payerClaimControlNumber = value();
      if (qualifier === 'G1') claim.priorAuthorization = value();
      if (qualifier === 'EA') claim.medicalRecordNumber = value();
    } else if (loop === '2400' && this.#line && qualifier === '6R')
      this.#line.lineControlNumber = value();
  }

  #readDtp(seg: Segment, loop: string): void {
    const r = this.#r;
    const qualifier = seg.elements[0] ?? '';
    if (qualifier === '573') {
      const on = r.date(seg, 3);
      if (on !== undefined) this.#adjudications.dated(on, loop);
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
