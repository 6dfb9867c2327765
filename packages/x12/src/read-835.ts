import { checkBalance835, checkClaimBalance, checkPaymentBalance } from './balance-835.ts';
import { creditDebitCodes, paymentMethodCodes } from './code-lists.ts';
import { ElementReader } from './element-reader.ts';
import { grammar835 } from './grammar/835.ts';
import { GuidedSetReader, locate, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import {
  claimStatusCodes,
  present,
  readCas,
  readPerson,
  readPlb,
  readProcedure,
} from './read-835-parts.ts';
import type {
  Remittance,
  RemittanceClaim,
  RemittanceClaimItem,
  RemittanceHeader,
  RemittanceItem,
  RemittanceServiceLine,
} from './remittance.ts';
import { element, type Segment } from './segment.ts';
import type { Cents } from './money.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
type LineDraft = Draft<RemittanceServiceLine> & {
  adjustments: RemittanceServiceLine['adjustments'][number][];
  remarkCodes: string[];
};
type ClaimDraft = Draft<RemittanceClaim> & {
  adjustments: RemittanceClaim['adjustments'][number][];
  remarkCodes: string[];
  serviceLines: LineDraft[];
};
type RemittanceDraft = Draft<Remittance> & {
  claims: ClaimDraft[];
  providerAdjustments: Remittance['providerAdjustments'][number][];
};

const zero = 0 as Cents;

/**
 * Reads the placed segments of one 835 into a remittance draft; each claim payment (CLP) it
 * opens goes to `onClaim`, which keeps it in the remittance or hands it on.
 */
class RemittanceReading {
  readonly r: ElementReader;
  readonly rem: RemittanceDraft;
  readonly #sink: IssueSink;
  readonly #onClaim: (claim: ClaimDraft, rem: RemittanceDraft) => void;
  #claim: ClaimDraft | undefined;
  #line: LineDraft | undefined;
  readonly #seen = new Set<string>();

  constructor(
    st: Segment,
    sink: IssueSink,
    onClaim: (claim: ClaimDraft, rem: RemittanceDraft) => void,
  ) {
    this.#sink = sink;
    this.#onClaim = onClaim;
    this.r = new ElementReader(sink);
    this.rem = {
      controlNumber: element(st, 2),
      payment: { handling: '', amount: zero, creditDebit: '', method: '' },
      payer: { name: '' },
      payee: { name: '' },
      claims: [],
      providerAdjustments: [],
      at: locate(st),
    };
  }

  segment(seg: Segment, loop: string, path: string, opened: boolean): void {
    this.r.loop = path;
    if (opened && path === '2100') {
      this.#sink(
        issueAt(seg, 'missing-lx', 'CLP without a 2000 LX header number loop', {
          severity: 'warning',
          loop: '2100',
          ack: { ik3: '3' },
        }),
      );
    }
    this.#read(seg, loop, this.rem);
  }

  /** Reports the segments every 835 must have and this one lacked. */
  checkRequired(at: Segment | undefined): void {
    const rem = this.rem;
    const where = at ?? rem.at;
    for (const [id, what] of [
      ['BPR', 'BPR financial information'],
      ['TRN', 'TRN reassociation trace number'],
      ['N1PR', 'N1*PR payer (loop 1000A)'],
      ['N1PE', 'N1*PE payee (loop 1000B)'],
    ] as const) {
      if (!this.#seen.has(id)) {
        this.#sink(
          issueAt(where, 'required-segment-missing', `835 ${rem.controlNumber} has no ${what}`, {
            ack: { ik3: '3' },
          }),
        );
      }
    }
  }

  #read(seg: Segment, loop: string, rem: RemittanceDraft): void {
    const r = this.r;
    switch (seg.id) {
      case 'BPR': {
        this.#seen.add('BPR');
        const date = r.date(seg, 16);
        rem.payment = {
          handling: r.text(seg, 1, true),
          amount: r.cents(seg, 2, true) ?? zero,
          creditDebit: r.code(seg, 3, creditDebitCodes, true) ?? '',
          method: r.code(seg, 4, paymentMethodCodes, true) ?? '',
          ...(date === undefined ? {} : { date }),
        };
        return;
      }
      case 'TRN': {
        this.#seen.add('TRN');
        const originator = r.text(seg, 3);
        rem.trace = {
          type: r.text(seg, 1, true),
          number: r.text(seg, 2, true),
          ...(originator === '' ? {} : { originator }),
        };
        return;
      }
      case 'DTM':
        this.#readDate(seg, loop, rem);
        return;
      case 'N1': {
        const idQualifier = r.text(seg, 3);
        const id = r.text(seg, 4);
        const party = {
          name: r.text(seg, 2),
          ...(idQualifier === '' ? {} : { idQualifier }),
          ...(id === '' ? {} : { id }),
        };
        if (loop === '1000A') {
          this.#seen.add('N1PR');
          rem.payer = party;
        } else if (loop === '1000B') {
          this.#seen.add('N1PE');
          rem.payee = party;
        }
        return;
      }
      case 'CLP':
        this.#readClp(seg, rem);
        return;
      case 'CAS':
        if (loop === '2110' && this.#line !== undefined) readCas(seg, r, this.#line.adjustments);
        else readCas(seg, r, this.#claim?.adjustments);
        return;
      case 'NM1':
        this.#readNm1(seg);
        return;
      case 'SVC':
        this.#readSvc(seg);
        return;
      case 'REF':
        if (loop === '2110' && this.#line !== undefined && element(seg, 1) === '6R')
          this.#line.lineControlNumber = element(seg, 2);
        return;
      case 'AMT':
        this.#readAmt(seg, loop);
        return;
      case 'MOA':
        if (this.#claim !== undefined) {
          for (let n = 3; n <= 7; n += 1) {
            const code = element(seg, n);
            if (code !== '') this.#claim.remarkCodes.push(code);
          }
        }
        return;
      case 'LQ':
        if (this.#line !== undefined && element(seg, 1) === 'HE')
          this.#line.remarkCodes.push(r.text(seg, 2, true));
        return;
      case 'PLB':
        rem.providerAdjustments.push(...readPlb(seg, r));
        return;
      default:
        return;
    }
  }

  /** AMT: B6 allowed (2110); AU coverage and I interest (2100). */
  #readAmt(seg: Segment, loop: string): void {
    const qualifier = element(seg, 1);
    const line = this.#line;
    const claim = this.#claim;
    if (loop === '2110' && line !== undefined && qualifier === 'B6') {
      const allowed = this.r.cents(seg, 2, true);
      if (allowed !== undefined) line.allowed = allowed;
    } else if (
      loop === '2100' &&
      claim !== undefined &&
      (qualifier === 'AU' || qualifier === 'I')
    ) {
      const amount = this.r.cents(seg, 2, true);
      if (amount === undefined) return;
      if (qualifier === 'AU') claim.coverageAmount = amount;
      else claim.interest = amount;
    }
  }

  #readDate(seg: Segment, loop: string, rem: RemittanceDraft): void {
    const qualifier = element(seg, 1);
    const date = this.r.date(seg, 2, true);
    if (date === undefined) return;
    if (loop === '' && qualifier === '405') rem.productionDate = date;
    const claim = this.#claim;
    if (loop === '2100' && claim !== undefined) {
      if (qualifier === '232') claim.statementFrom = date;
      else if (qualifier === '233') claim.statementTo = date;
      else if (qualifier === '050') claim.received = date;
    }
    const line = this.#line;
    if (loop === '2110' && line !== undefined) {
      if (qualifier === '472') line.serviceDate = date;
      else if (qualifier === '150') line.serviceFrom = date;
      else if (qualifier === '151') line.serviceTo = date;
    }
  }

  #readClp(seg: Segment, rem: RemittanceDraft): void {
    const r = this.r;
    const claim: ClaimDraft = {
      patientControlNumber: r.text(seg, 1, true),
      status: r.code(seg, 2, claimStatusCodes, true) ?? r.text(seg, 2),
      charge: r.cents(seg, 3, true) ?? zero,
      paid: r.cents(seg, 4, true) ?? zero,
      patientResponsibility: r.cents(seg, 5),
      filingIndicator: present(element(seg, 6)),
      payerClaimControlNumber: present(element(seg, 7)),
      facilityType: present(element(seg, 8)),
      frequency: present(element(seg, 9)),
      patient: undefined,
      insured: undefined,
      renderingProvider: undefined,
      statementFrom: undefined,
      statementTo: undefined,
      received: undefined,
      coverageAmount: undefined,
      interest: undefined,
      remarkCodes: [],
      adjustments: [],
      serviceLines: [],
      at: locate(seg),
    };
    this.#onClaim(claim, rem);
    this.#claim = claim;
    this.#line = undefined;
  }

  #readNm1(seg: Segment): void {
    const claim = this.#claim;
    if (claim === undefined) return;
    const role = element(seg, 1);
    if (role === 'QC') claim.patient = readPerson(seg);
    else if (role === 'IL') claim.insured = readPerson(seg);
    else if (role === '82') claim.renderingProvider = readPerson(seg);
  }

  #readSvc(seg: Segment): void {
    const r = this.r;
    const claim = this.#claim;
    if (claim === undefined) return;
    const procedure = readProcedure(seg, 1) ?? { qualifier: '', code: '', modifiers: [] };
    if (procedure.code === '') r.missingComponent(seg, 1, 2);
    const line: LineDraft = {
      procedure,
      charge: r.cents(seg, 2, true) ?? zero,
      paid: r.cents(seg, 3, true) ?? zero,
      revenueCode: present(r.text(seg, 4)),
      units: r.decimal(seg, 5),
      submittedProcedure: readProcedure(seg, 6),
      serviceDate: undefined,
      serviceFrom: undefined,
      serviceTo: undefined,
      lineControlNumber: undefined,
      allowed: undefined,
      adjustments: [],
      remarkCodes: [],
      at: locate(seg),
    };
    claim.serviceLines.push(line);
    this.#line = line;
  }
}

/** Builds one {@link Remittance} from the placed segments of an 835, balanced at its end. */
class RemittanceHandler implements SetHandler<Remittance> {
  readonly #reading: RemittanceReading;

  constructor(st: Segment, sink: IssueSink) {
    this.#reading = new RemittanceReading(st, sink, (claim, rem) => rem.claims.push(claim));
  }

  segment(seg: Segment, loop: string, path: string, opened: boolean): undefined {
    this.#reading.segment(seg, loop, path, opened);
  }

  finish(at: Segment | undefined): Remittance {
    this.#reading.checkRequired(at);
    checkBalance835(this.#reading.rem, this.#reading.r);
    return this.#reading.rem;
  }
}

/**
 * Hands back each claim payment of an 835 once the next CLP, the PLB or the end of the set
 * closes it, balanced then, and keeps none: memory stays bounded however many claims one
 * transaction holds. The set's end brings its PLB and the transaction's balance.
 */
class RemittanceItemHandler implements SetHandler<RemittanceItem[]> {
  readonly #reading: RemittanceReading;
  #open: ClaimDraft | undefined;
  #header: RemittanceHeader | undefined;
  #claimCount = 0;
  #claimsPaid = 0;

  constructor(st: Segment, sink: IssueSink) {
    this.#reading = new RemittanceReading(st, sink, (claim) => {
      this.#open = claim;
    });
  }

  segment(seg: Segment, loop: string, path: string, opened: boolean): RemittanceItem[] | undefined {
    const closed = seg.id === 'CLP' || seg.id === 'PLB' ? this.#close() : undefined;
    this.#reading.segment(seg, loop, path, opened);
    return closed === undefined ? undefined : [closed];
  }

  finish(at: Segment | undefined): RemittanceItem[] {
    const items: RemittanceItem[] = [];
    const last = this.#close();
    if (last !== undefined) items.push(last);
    this.#reading.checkRequired(at);
    const { r, rem } = this.#reading;
    const remittance = this.#headerOf(rem);
    checkPaymentBalance(remittance, this.#claimsPaid, rem.providerAdjustments, r);
    items.push({
      kind: 'end',
      remittance,
      claimCount: this.#claimCount,
      claimsPaid: this.#claimsPaid as Cents,
      providerAdjustments: rem.providerAdjustments,
    });
    return items;
  }

  #close(): RemittanceClaimItem | undefined {
    const claim = this.#open;
    if (claim === undefined) return undefined;
    this.#open = undefined;
    checkClaimBalance(claim, this.#reading.r);
    this.#claimCount += 1;
    this.#claimsPaid += claim.paid;
    return { kind: 'claim', remittance: this.#headerOf(this.#reading.rem), claim };
  }

  /** The transaction's facts as they stood at its first claim (the header precedes the claims). */
  #headerOf(rem: RemittanceDraft): RemittanceHeader {
    if (this.#header === undefined) {
      const { claims: _claims, providerAdjustments: _plb, ...header } = rem;
      this.#header = header;
    }
    return this.#header;
  }
}

/**
 * Turns the segments of 835 transaction sets (005010X221A1) into {@link Remittance}s, one
 * segment at a time: each segment is placed in its loop by the 835 grammar, its values are
 * read and checked, and at SE the transaction is balanced (see `checkBalance835`). Segments of
 * other transaction sets are skipped.
 */
export const remittanceReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar835, name: '835' },
    (st) => new RemittanceHandler(st, sink),
  );

/**
 * Like {@link remittanceReader}, but hands back each claim payment as it completes (see
 * {@link RemittanceItem}), so that one transaction of any size is read in bounded memory.
 */
export const remittanceItemReader = (sink: IssueSink) =>
  new GuidedSetReader(
    sink,
    { grammar: grammar835, name: '835' },
    (st) => new RemittanceItemHandler(st, sink),
  );
