import type { BillingProvider, Entity, Patient, Subscriber } from './claim-837p.ts';
import type { ElementReader } from './element-reader.ts';
import type { Cents } from './money.ts';
import { readAddress, readDemographics, readEntity, readSbr } from './read-837p-parts.ts';
import { otherPayerSegments, readOtherPayer, type OtherPayerDraft } from './read-other-payer.ts';
import type { Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };

const emptyEntity = (role: string): Draft<Entity> => ({ role, kind: 'organization', lastName: '' });

/** The parties a claim of an 837I or 837D set is for, as CLM finds them. */
export interface ClaimParties {
  transactionControlNumber: string;
  billingProvider: BillingProvider;
  subscriber: Subscriber;
  payer: Entity;
  patient?: Patient;
}

/**
 * The parties of the claims of one 837I or 837D set, read as their loops come: 2000A/2010AA
 * billing provider (PRV*BI taxonomy, REF*EI/SY tax ID), 2000B/2010BA subscriber (SBR, DMG),
 * 2010BB payer, 2000C/2010CA patient (PAT, DMG), N3/N4 of the entity last named, and the open
 * claim's other payers (2320 SBR/CAS/AMT, 2330A subscriber, 2330B payer and its DTP*573).
 * The parties are updated in place, so claims already opened under them see later segments.
 */
export class ClaimPartiesReader {
  readonly #r: ElementReader;
  #billing: Draft<BillingProvider> = emptyEntity('85');
  #taxonomy: string | undefined;
  #subscriber: Draft<Subscriber> = { ...emptyEntity('IL'), responsibility: '' };
  #payer: Draft<Entity> = emptyEntity('PR');
  #patient: Draft<Patient> | undefined;
  #other: OtherPayerDraft | undefined;
  #entity: { loop: string; value: Draft<Entity> } | undefined;

  constructor(r: ElementReader) {
    this.#r = r;
  }

  /** An HL starts a level: its parties start afresh, and so does every level below it. */
  startLevel(seg: Segment): void {
    const level = seg.elements[2];
    this.#entity = undefined;
    this.#other = undefined;
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

  /** A CLM opens a claim under the parties read so far (ST02 its transaction control number). */
  startClaim(transactionControlNumber: string): ClaimParties {
    this.#entity = undefined;
    this.#other = undefined;
    return {
      transactionControlNumber,
      billingProvider: this.#billing,
      subscriber: this.#subscriber,
      payer: this.#payer,
      ...(this.#patient === undefined ? {} : { patient: this.#patient }),
    };
  }

  /**
   * Reads a segment that belongs to the parties (see the class); `claim` is the open claim,
   * which 2320 adds other payers to. Returns false for a segment that is not theirs.
   */
  read(seg: Segment, loop: string, claim: { otherPayers: OtherPayerDraft[] } | undefined): boolean {
    const r = this.#r;
    if (loop === '2320' && otherPayerSegments.has(seg.id)) {
      if (claim !== undefined) this.#other = readOtherPayer(seg, r, this.#other, claim);
      return true;
    }
    switch (seg.id) {
      case 'N3':
      case 'N4':
        if (this.#entity?.loop === loop)
          this.#entity.value.address = readAddress(seg, r, this.#entity.value.address);
        return true;
      case 'DMG': {
        const demographics = readDemographics(seg, r);
        const person =
          loop === '2010BA' ? this.#subscriber : loop === '2010CA' ? this.#patient : undefined;
        if (person !== undefined) Object.assign(person, demographics);
        return true;
      }
      case 'SBR':
        Object.assign(this.#subscriber, readSbr(seg, r));
        return true;
      case 'PAT':
        if (this.#patient) this.#patient.relationship = r.text(seg, 1, true);
        return true;
      case 'PRV':
        if (loop === '2000A' && seg.elements[0] === 'BI') this.#taxonomy = r.text(seg, 3, true);
        return true;
      case 'REF':
        if (loop !== '2010AA') return false;
        if (seg.elements[0] === 'EI' || seg.elements[0] === 'SY')
          this.#billing.taxId = r.text(seg, 2, true);
        return true;
      case 'DTP': {
        if (loop !== '2330B' || seg.elements[0] !== '573') return false;
        const on = r.date(seg, 3);
        if (on !== undefined && this.#other) this.#other.adjudicatedOn = on;
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * Reads an NM1: the party of a 2010 or 2330A/B loop, or a claim's or line's provider, which
   * the caller places. Returns the entity N3/N4 of the same loop then add to.
   */
  readNm1(seg: Segment, loop: string): Draft<Entity> {
    const read = readEntity(seg, this.#r);
    let value: Draft<Entity> = { ...read };
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
    } else if (loop === '2330A' && this.#other) this.#other.subscriber = value;
    else if (loop === '2330B' && this.#other) this.#other.payer = value;
    this.#entity = { loop, value };
    return value;
  }
}

/** CLM01 claim ID, CLM02 charge and CLM05 facility code (-1) and frequency (-3), all required. */
export function readClm(
  seg: Segment,
  r: ElementReader,
): { claimId: string; charge: Cents; facilityCode: string; frequency: string } {
  const [facilityCode = '', , frequency = ''] = (seg.elements[4] ?? '').split(
    seg.delimiters.component,
  );
  if (facilityCode === '') r.missingComponent(seg, 5, 1);
  if (frequency === '') r.missingComponent(seg, 5, 3);
  return {
    claimId: r.text(seg, 1, true),
    charge: r.cents(seg, 2, true) ?? (0 as Cents),
    facilityCode,
    frequency,
  };
}
