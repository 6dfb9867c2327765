import type {
  Address,
  Diagnosis,
  Entity,
  LineAdjudication,
  ProfessionalLine,
  Subscriber,
} from './claim-837p.ts';
import {
  claimFilingIndicatorCodes,
  entityTypeCodes,
  genderCodes,
  payerResponsibilityCodes,
  professionalUnitCodes,
} from './code-lists.ts';
import type { ElementReader } from './element-reader.ts';
import type { Cents } from './money.ts';
import { readProcedure } from './read-835-parts.ts';
import { componentOf, element, splitText, type Segment } from './segment.ts';
import { parseX12Date, type IsoDate } from './x12-date.ts';

/** HI qualifiers that carry diagnoses (005010X222A1 2300 HI): ICD-10-CM ABK/ABF, ICD-9-CM BK/BF. */
export const diagnosisQualifiers = ['ABK', 'ABF', 'BK', 'BF'] as const;
const principalQualifiers = ['ABK', 'BK'];

/** Reads an NM1 as an {@link Entity}; NM101 and NM102 (1 person, 2 organisation) are required. */
export function readEntity(seg: Segment, r: ElementReader): Entity {
  const role = r.text(seg, 1, true);
  const kind = r.code(seg, 2, entityTypeCodes, true) === '2' ? 'organization' : 'person';
  const first = r.text(seg, 4);
  const idQualifier = r.text(seg, 8);
  const id = r.text(seg, 9);
  // Built property by property: a spread of a conditional literal costs V8 about a microsecond.
  const entity: Draft<Entity> = { role, kind, lastName: r.text(seg, 3) };
  if (first !== '') entity.firstName = first;
  if (idQualifier !== '') entity.idQualifier = idQualifier;
  if (id !== '') entity.id = id;
  return entity;
}

/** Merges an N3 (address lines) or N4 (city, state, postal code) into an address. */
export function readAddress(seg: Segment, r: ElementReader, into: Address | undefined): Address {
  const address: Draft<Address> = into === undefined ? { line1: '', city: '' } : { ...into };
  if (seg.id === 'N3') {
    const line2 = r.text(seg, 2);
    address.line1 = r.text(seg, 1, true);
    if (line2 !== '') address.line2 = line2;
    return address;
  }
  const state = r.text(seg, 2);
  const postalCode = r.text(seg, 3);
  address.city = r.text(seg, 1, true);
  if (state !== '') address.state = state;
  if (postalCode !== '') address.postalCode = postalCode;
  return address;
}

/**
 * Reads the diagnoses of an HI segment (HI01..HI12, composite qualifier:code); other HI
 * qualifiers (anesthesia, condition codes) are skipped. The first diagnosis of a claim must be
 * a principal one (ABK or BK).
 */
export function readDiagnoses(seg: Segment, r: ElementReader, first: boolean): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (let n = 1; n <= 12; n += 1) {
    const raw = element(seg, n);
    if (raw === '') continue;
    const qualifier = componentOf(raw, seg.delimiters.component, 1);
    if (!(diagnosisQualifiers as readonly string[]).includes(qualifier)) continue;
    const code = componentOf(raw, seg.delimiters.component, 2);
    if (code === '') r.missingComponent(seg, n, 2);
    if (first && out.length === 0 && n === 1 && !principalQualifiers.includes(qualifier)) {
      r.report(
        seg,
        'principal-diagnosis-qualifier',
        `HI01-1 "${qualifier}" must be ABK or BK (principal diagnosis)`,
        1,
      );
    }
    out.push({ qualifier, code });
  }
  return out;
}

/** DTP date or date range: DTP02 D8 (CCYYMMDD) or RD8 (CCYYMMDD-CCYYMMDD), DTP03 the value. */
export function readDateRange(seg: Segment, r: ElementReader): { from?: IsoDate; to?: IsoDate } {
  const format = r.code(seg, 2, ['D8', 'RD8'], true);
  const raw = r.text(seg, 3, true);
  // RD8 is CCYYMMDD-CCYYMMDD: the first two parts count (as `split('-')` would give them).
  const dash = format === 'RD8' ? raw.indexOf('-') : -1;
  const next = dash < 0 ? -1 : raw.indexOf('-', dash + 1);
  const from = parseX12Date(dash < 0 ? raw : raw.slice(0, dash));
  const to = dash < 0 ? from : parseX12Date(raw.slice(dash + 1, next < 0 ? raw.length : next));
  if (raw !== '' && (from === undefined || to === undefined)) {
    r.report(seg, 'invalid-date', `DTP03 "${raw}" is not a ${format ?? 'D8'} date`, 3);
    return {};
  }
  const range: { from?: IsoDate; to?: IsoDate } = {};
  if (from !== undefined) range.from = from;
  if (to !== undefined) range.to = to;
  return range;
}

/** SV107 diagnosis pointers: up to four components, each 1-12. */
export function readPointers(seg: Segment, r: ElementReader): number[] {
  const raw = element(seg, 7);
  if (raw === '') return [];
  const out: number[] = [];
  const parts = splitText(raw, seg.delimiters.component);
  for (let i = 0; i < parts.length; i += 1) {
    const p = parts[i] ?? '';
    if (p === '') continue;
    const n = Number(p);
    if (!Number.isInteger(n) || n < 1 || n > 12) {
      r.report(seg, 'invalid-diagnosis-pointer', `SV107-${i + 1} "${p}" is not a pointer 1-12`, 7);
      continue;
    }
    out.push(n);
  }
  return out;
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };
const zero = 0 as Cents;

/**
 * Reads SV1 (2400 professional service): SV101 procedure composite, SV102 charge, SV103 unit
 * (MJ minutes, UN units), SV104 quantity, SV105 place of service, SV107 diagnosis pointers.
 */
export function readSv1(
  seg: Segment,
  r: ElementReader,
  lx: string,
): Omit<Draft<ProfessionalLine>, 'adjudications'> {
  const procedure = readProcedure(seg, 1) ?? { qualifier: '', code: '', modifiers: [] };
  if (procedure.code === '') r.missingComponent(seg, 1, 2);
  const line: Omit<Draft<ProfessionalLine>, 'adjudications'> = {
    number: lx,
    procedure,
    charge: r.cents(seg, 2, true) ?? zero,
    unit: r.code(seg, 3, professionalUnitCodes, true) ?? '',
    diagnosisPointers: readPointers(seg, r),
    at: { id: seg.id, index: seg.index, txIndex: seg.txIndex, offset: seg.offset },
  };
  const units = r.decimal(seg, 4);
  if (units !== undefined) line.units = units;
  const placeOfService = r.text(seg, 5);
  if (placeOfService !== '') line.placeOfService = placeOfService;
  return line;
}

/** Reads SVD (2430 line adjudication): SVD01 payer, SVD02 paid, SVD03 procedure, SVD05 units. */
export function readSvd(seg: Segment, r: ElementReader): Omit<Draft<LineAdjudication>, 'at'> {
  const adjudication: Omit<Draft<LineAdjudication>, 'at'> = {
    payerId: r.text(seg, 1, true),
    paid: r.cents(seg, 2, true) ?? zero,
    adjustments: [],
  };
  const procedure = readProcedure(seg, 3);
  if (procedure !== undefined) adjudication.procedure = procedure;
  const units = r.decimal(seg, 5);
  if (units !== undefined) adjudication.units = units;
  return adjudication;
}

/** The SBR fields of a subscriber (everything but the NM1 name), to carry over a new NM1. */
export function sbrOf(s: Subscriber | undefined): Partial<Subscriber> {
  if (s === undefined) return {};
  const {
    role: _role,
    kind: _kind,
    lastName: _last,
    firstName: _first,
    idQualifier: _q,
    id: _id,
    address: _a,
    ...rest
  } = s;
  return rest;
}

/** What an SBR says: the payer responsibility and the subscriber's plan. */
type SbrFields = Pick<
  Subscriber,
  'responsibility' | 'relationship' | 'groupNumber' | 'filingIndicator'
>;

/**
 * SBR of an 837 subscriber (2000B) or other payer (2320): SBR01 payer responsibility
 * (required), SBR02 relationship, SBR03 group number and SBR09 claim filing indicator.
 */
export function readSbr(seg: Segment, r: ElementReader): SbrFields {
  const responsibility = r.code(seg, 1, payerResponsibilityCodes, true) ?? '';
  const relationship = r.text(seg, 2);
  const groupNumber = r.text(seg, 3);
  const filingIndicator = r.code(seg, 9, claimFilingIndicatorCodes);
  const sbr: Draft<SbrFields> = { responsibility };
  if (relationship !== '') sbr.relationship = relationship;
  if (groupNumber !== '') sbr.groupNumber = groupNumber;
  if (filingIndicator !== undefined) sbr.filingIndicator = filingIndicator;
  return sbr;
}

/** DMG02 birth date and DMG03 gender of a subscriber or patient (837P 2010BA/2010CA, 837I the same). */
export function readDemographics(
  seg: Segment,
  r: ElementReader,
): { birthDate?: IsoDate; gender?: (typeof genderCodes)[number] } {
  const birthDate = r.date(seg, 2);
  const gender = r.code(seg, 3, genderCodes);
  const demographics: { birthDate?: IsoDate; gender?: (typeof genderCodes)[number] } = {};
  if (birthDate !== undefined) demographics.birthDate = birthDate;
  if (gender !== undefined) demographics.gender = gender;
  return demographics;
}
