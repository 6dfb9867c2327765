import type { DentalClaim } from './claim-837d.ts';
import { checkCobBalancing } from './check-837p-cob.ts';
import { ElementReader } from './element-reader.ts';
import { grammar837d } from './grammar/837d.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { checkDentalClaim, readSv3, readToo, type DentalLineDraft } from './read-837d-parts.ts';
import { readDateRange, readDiagnoses } from './read-837p-parts.ts';
import { ClaimPartiesReader, readClm } from './read-claim-parties.ts';
import { LineAdjudicationReader, type OtherPayerDraft } from './read-other-payer.ts';
import { readTransactions } from './read-transactions.ts';
import type { Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type ClaimDraft = Draft<DentalClaim> & {
  lines: DentalLineDraft[];
  otherPayers: OtherPayerDraft[];
  diagnoses: DentalClaim['diagnoses'][number][];
};

/** HL03 level codes of 005010X224A2 and the level each must sit under. */
const hlParents = { '20': undefined, '22': '20', '23': '22' } as const;
/** 2310 NM1 loops and the claim field each fills. */
const claimProviders = {
  '2310A': 'referringProvider',
  '2310B': 'renderingProvider',
  '2310C': 'serviceFacility',
} as const;

/** Reads the placed segments of one 837D set, handing back each claim when it closes. */
class DentalClaimHandler implements SetHandler<DentalClaim> {
  readonly #r: ElementReader;
  readonly #sink: IssueSink;
  readonly #st: string;
  readonly #parties: ClaimPartiesReader;
  #claim: ClaimDraft | undefined;
  #line: DentalLineDraft | undefined;
  readonly #adjudications: LineAdjudicationReader;
  #lx = '';

  constructor(st: Segment, sink: IssueSink) {
    this.#r = new ElementReader(sink);
    this.#parties = new ClaimPartiesReader(this.#r);
    this.#adjudications = new LineAdjudicationReader(this.#r);
    this.#sink = sink;
    this.#st = st.elements[1] ?? '';
  }

  segment(seg: Segment, loop: string, path: string): DentalClaim | undefined {
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

  finish(): DentalClaim | undefined {
    const claim = this.#claim;
    if (claim === undefined) return undefined;
    this.#claim = undefined;
    this.#line = undefined;
    this.#adjudications.close();
    checkDentalClaim(claim, this.#r, this.#sink);
    checkCobBalancing(claim, this.#r, 'SV302');
    return claim;
  }

  #readClm(seg: Segment): void {
    const { claimId, charge, facilityCode, frequency } = readClm(seg, this.#r);
    this.#claim = {
      ...this.#parties.startClaim(this.#st),
      claimId,
      charge,
      placeOfService: facilityCode,
      frequency,
      predetermination: this.#r.code(seg, 19, ['PB']) === 'PB',
      diagnoses: [],
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
      case 'HI':
        if (claim) claim.diagnoses.push(...readDiagnoses(seg, r, claim.diagnoses.length === 0));
        return;
      case 'LX':
        this.#line = undefined;
        this.#lx = r.text(seg, 1, true);
        return;
      case 'SV3':
        if (claim === undefined) return;
        this.#line = readSv3(seg, r, this.#lx);
        claim.lines.push(this.#line);
        return;
      case 'TOO':
        if (this.#line) this.#line.teeth.push(readToo(seg, r));
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
    } else if (loop === '2400' && this.#line && qualifier === '6R')
      this.#line.lineControlNumber = value();
  }

  #readDtp(seg: Segment, loop: string): void {
    const qualifier = seg.elements[0] ?? '';
    if (qualifier === '573') {
      const on = this.#r.date(seg, 3);
      if (on !== undefined) this.#adjudications.dated(on, loop);
      return;
    }
    if (qualifier !== '472') return;
    const { from } = readDateRange(seg, this.#r);
    if (from === undefined) return;
    if (loop === '2400' && this.#line) this.#line.serviceDate = from;
    else if (loop === '2300' && this.#claim) this.#claim.serviceDate = from;
  }
}

/**
 * Reads 837 dental transaction sets (005010X224A2, and the earlier X224/X224A1) into
 * {@link DentalClaim}s, handing back each claim when the next CLM, HL or the SE closes it:
 * segments placed by {@link grammar837d}, the HL tree checked, SV3 and TOO read and checked,
 * and each claim checked ({@link checkDentalClaim}, and COB balancing: `checkCobBalancing`).
 */
export const dentalClaimReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar837d, guides: ['X224'], hlParents, name: '837D' },
    (st) => new DentalClaimHandler(st, sink),
  );

/**
 * Reads every 837D claim in a whole text; returns the claims and all issues (the envelope is
 * checked by `validateX12`).
 *
 * @example
 * ```ts
 * const { claims } = read837d(text);
 * for (const claim of claims)
 *   for (const line of claim.lines) console.log(line.procedure.code, line.teeth.map((t) => t.tooth));
 * ```
 */
export function read837d(text: string): { claims: DentalClaim[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, dentalClaimReader);
  return { claims: items, issues };
}
