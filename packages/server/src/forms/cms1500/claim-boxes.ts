import { conflict, formatZip } from '@medbill/core';
import type {
  ClaimConditions,
  ClaimFilingIndicator,
  IsoDate,
  Person,
  Provider,
} from '@medbill/core';
import type { ClaimRecord } from '@medbill/db';
import type { ClaimParties } from '../../services/claim-parties.ts';
import {
  amountColumns,
  cityStateZip,
  fitTo,
  formDate,
  personName,
  phoneColumns,
  plainText,
  pointerLetters,
  providerName,
  streetLine,
} from './box-text.ts';
import { BOX_FIELDS, SERVICE_LINES_PER_PAGE } from './field-map.ts';
import type { BoxFieldId, FieldId, ServiceLineNumber } from './field-map.ts';

/** What one printed page of a claim says, box by box. Boxes left out stay blank. */
export type Cms1500Page = Readonly<Partial<Record<FieldId, string>>>;

export interface Cms1500Input {
  readonly claim: Pick<
    ClaimRecord,
    | 'claimNumber'
    | 'placeOfService'
    | 'frequency'
    | 'payerClaimNumber'
    | 'diagnoses'
    | 'totalCharge'
    | 'conditions'
  >;
  readonly parties: ClaimParties;
  /** Item 31's date: the day the form is printed. */
  readonly signedOn: IsoDate;
}

const X = 'X';
const SIGNATURE_ON_FILE = 'SIGNATURE ON FILE';
const DIAGNOSIS_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;

/**
 * Item 1, the type of coverage, from the claim filing indicator the 837 sends in SBR09. The 837
 * has no code of its own for FECA Black Lung, so no claim marks that box.
 */
function insuranceTypeBox(indicator: ClaimFilingIndicator): BoxFieldId {
  switch (indicator) {
    case 'MA':
    case 'MB':
      return '1.medicare';
    case 'MC':
      return '1.medicaid';
    case 'CH':
      return '1.tricare';
    case 'VA':
      return '1.champva';
    case '12':
    case '13':
    case '14':
    case '15':
    case '16':
    case 'BL':
    case 'CI':
    case 'FI':
    case 'HM':
      return '1.group';
    case '11':
    case '17':
    case 'AM':
    case 'DS':
    case 'LM':
    case 'OF':
    case 'TV':
    case 'WC':
    case 'ZZ':
      return '1.other';
  }
}

/** Item 6: the patient's relationship to the insured (X12 individual relationship code). */
function relationshipBox(code: string): BoxFieldId {
  if (code === '18') return '6.self';
  if (code === '01') return '6.spouse';
  if (code === '19') return '6.child';
  return '6.other';
}

const fit = (id: BoxFieldId, text: string): string => fitTo(text, BOX_FIELDS[id].width);

/**
 * Items 10a–c (the 837's CLM11), 14 (onset, qualifier 431) and 15 (the accident date, qualifier
 * 439, or else the initial treatment date, 454): the 1500 has room for one other date.
 */
function conditionBoxes(c: ClaimConditions): Cms1500Page {
  const yesOrNo = (cause: 'EM' | 'AA' | 'OA', box: '10a' | '10b' | '10c') =>
    ({ [`${box}.${c.relatedCauses.includes(cause) ? 'yes' : 'no'}`]: X }) as Cms1500Page;
  const other = c.accidentDate
    ? { qualifier: '439', date: c.accidentDate }
    : c.initialTreatmentDate
      ? { qualifier: '454', date: c.initialTreatmentDate }
      : undefined;
  return {
    ...yesOrNo('EM', '10a'),
    ...yesOrNo('AA', '10b'),
    ...(c.relatedCauses.includes('AA') && c.accidentState ? { '10b.state': c.accidentState } : {}),
    ...yesOrNo('OA', '10c'),
    ...(c.onsetDate ? { '14.date': formDate(c.onsetDate, 'YY'), '14.qualifier': '431' } : {}),
    ...(other ? { '15.qualifier': other.qualifier, '15.date': formDate(other.date, 'YY') } : {}),
  };
}

/** Item 17: one provider, in the manual's priority order referring (DN), then supervising (DQ). */
function namedProvider(
  parties: ClaimParties,
): { qualifier: 'DN' | 'DQ'; provider: Provider } | undefined {
  if (parties.referring) return { qualifier: 'DN', provider: parties.referring };
  if (parties.supervising) return { qualifier: 'DQ', provider: parties.supervising };
  return undefined;
}

function personBoxes(
  person: Person,
  boxes: {
    street: BoxFieldId;
    city: BoxFieldId;
    state: BoxFieldId;
    zip: BoxFieldId;
    phoneArea: BoxFieldId;
    phone: BoxFieldId;
  },
): Cms1500Page {
  const phone = person.phone ? phoneColumns(person.phone) : undefined;
  return {
    [boxes.street]: fit(boxes.street, streetLine(person.address)),
    [boxes.city]: fit(boxes.city, plainText(person.address.city)),
    [boxes.state]: person.address.state,
    [boxes.zip]: formatZip(person.address.zip),
    ...(phone ? { [boxes.phoneArea]: phone.area, [boxes.phone]: phone.number } : {}),
  };
}

/** The boxes every page of the claim repeats: everything but the service lines and the total. */
function claimBoxes({ claim, parties, signedOn }: Cms1500Input): Cms1500Page {
  const { practice, payer, coverage, patient } = parties;
  const insured = coverage.subscriber ?? patient;
  const facility = parties.facility ?? practice;
  const named = namedProvider(parties);
  const practicePhone = practice.phone ? phoneColumns(practice.phone) : undefined;
  if (claim.diagnoses.length > DIAGNOSIS_LETTERS.length)
    throw new Error(`claim ${claim.claimNumber} has more than 12 diagnoses`);
  // The payer keys item 26 into the 835's CLP01: cut short, the remittance would not match.
  const accountWidth = BOX_FIELDS['26'].width;
  if (claim.claimNumber.length > accountWidth) {
    const message = `patient account number ${claim.claimNumber} is longer than the ${accountWidth} characters of item 26: send this claim as an 837P`;
    throw conflict(message, [{ path: '26', code: 'too_long', message }]);
  }
  return {
    'payer.name': fit('payer.name', plainText(payer.name)),
    ...(payer.address
      ? {
          'payer.line1': fit('payer.line1', plainText(payer.address.line1)),
          ...(payer.address.line2
            ? { 'payer.line2': fit('payer.line2', plainText(payer.address.line2)) }
            : {}),
          'payer.cityStateZip': fit('payer.cityStateZip', cityStateZip(payer.address)),
        }
      : {}),
    [insuranceTypeBox(payer.claimFilingIndicator)]: X,
    '1a': fit('1a', plainText(coverage.memberId).replaceAll('-', '')),
    '2': fit('2', personName(patient)),
    '3.date': formDate(patient.dateOfBirth, 'YYYY'),
    ...(patient.sex === 'U' ? {} : { [patient.sex === 'M' ? '3.male' : '3.female']: X }),
    '4': fit('4', personName(insured)),
    ...personBoxes(patient, {
      street: '5.street',
      city: '5.city',
      state: '5.state',
      zip: '5.zip',
      phoneArea: '5.phoneArea',
      phone: '5.phone',
    }),
    [relationshipBox(coverage.relationship)]: X,
    ...personBoxes(insured, {
      street: '7.street',
      city: '7.city',
      state: '7.state',
      zip: '7.zip',
      phoneArea: '7.phoneArea',
      phone: '7.phone',
    }),
    ...(coverage.groupNumber ? { '11': fit('11', plainText(coverage.groupNumber)) } : {}),
    ...conditionBoxes(claim.conditions),
    '11a.date': formDate(insured.dateOfBirth, 'YYYY'),
    ...(insured.sex === 'U' ? {} : { [insured.sex === 'M' ? '11a.male' : '11a.female']: X }),
    ...(coverage.planName ? { '11c': fit('11c', plainText(coverage.planName)) } : {}),
    // The 837 sends release of information (CLM09) and assignment of benefits (CLM08) as Y.
    '12': SIGNATURE_ON_FILE,
    '13': SIGNATURE_ON_FILE,
    ...(named
      ? {
          '17.qualifier': named.qualifier,
          '17.name': fit('17.name', providerName(named.provider)),
          '17b': named.provider.npi,
        }
      : {}),
    '20.no': X,
    '21.indicator': '0',
    ...Object.fromEntries(claim.diagnoses.map((code, i) => [`21.${DIAGNOSIS_LETTERS[i]}`, code])),
    ...(claim.frequency === '1' ? {} : { '22.code': claim.frequency }),
    ...(claim.payerClaimNumber && claim.frequency !== '1'
      ? { '22.original': fit('22.original', claim.payerClaimNumber) }
      : {}),
    '25': practice.tin.digits,
    [practice.tin.kind === 'SSN' ? '25.ssn' : '25.ein']: X,
    '26': claim.claimNumber,
    '27.yes': X,
    '31.signature': SIGNATURE_ON_FILE,
    '31.date': formDate(signedOn, 'YY'),
    '32.name': fit('32.name', plainText(facility.name)),
    '32.street': fit('32.street', streetLine(facility.address)),
    '32.cityStateZip': fit('32.cityStateZip', cityStateZip(facility.address)),
    ...(facility.npi ? { '32a': facility.npi } : {}),
    ...(practicePhone
      ? { '33.phoneArea': practicePhone.area, '33.phone': practicePhone.number }
      : {}),
    '33.name': fit('33.name', plainText(practice.name)),
    '33.street': fit('33.street', streetLine(practice.address)),
    '33.cityStateZip': fit('33.cityStateZip', cityStateZip(practice.address)),
    '33a': practice.npi,
    '33b': `ZZ${practice.taxonomy}`,
  };
}

function serviceLineBoxes(
  line: ClaimParties['lines'][number],
  n: ServiceLineNumber,
  placeOfService: string,
  renderingNpi: string,
): Cms1500Page {
  const { service } = line;
  const date = formDate(service.serviceDate, 'YY');
  const charge = amountColumns(service.charge);
  return {
    ...(service.ndc
      ? {
          [`24.supplemental/${n}`]: `N4${service.ndc.code} ${service.ndc.unit}${service.ndc.quantity}`,
        }
      : {}),
    [`24A.from/${n}`]: date,
    [`24A.to/${n}`]: date,
    [`24B/${n}`]: placeOfService,
    [`24D.code/${n}`]: service.procedureCode.code,
    ...(service.modifiers.length > 0
      ? { [`24D.modifiers/${n}`]: service.modifiers.join(' ') }
      : {}),
    [`24E/${n}`]: pointerLetters(line.diagnosisPointers),
    [`24F.dollars/${n}`]: charge.dollars,
    [`24F.cents/${n}`]: charge.cents,
    [`24G/${n}`]: String(service.units),
    [`24J/${n}`]: renderingNpi,
  };
}

/**
 * The 1500 (02/12) for a claim, page by page. Each page carries six service lines and repeats
 * every other box; more lines continue on further pages, and item 28's total charge is printed
 * on the last page only (NUCC 1500 Reference Instruction Manual, item 24 and item 28).
 *
 * @example
 * ```ts
 * const [page] = cms1500Pages({ claim, parties, signedOn: isoDate('2026-03-10') });
 * page?.['21.A']; // 'E1122'
 * ```
 */
export function cms1500Pages(input: Cms1500Input): Cms1500Page[] {
  const common = claimBoxes(input);
  const { lines } = input.parties;
  const pageCount = Math.max(1, Math.ceil(lines.length / SERVICE_LINES_PER_PAGE));
  const total = amountColumns(input.claim.totalCharge);
  return Array.from({ length: pageCount }, (_, p) => {
    const onPage = lines.slice(p * SERVICE_LINES_PER_PAGE, (p + 1) * SERVICE_LINES_PER_PAGE);
    return Object.assign(
      {},
      common,
      ...onPage.map((line, i) =>
        serviceLineBoxes(
          line,
          (i + 1) as ServiceLineNumber,
          input.claim.placeOfService,
          input.parties.rendering.npi,
        ),
      ),
      p === pageCount - 1 ? { '28.dollars': total.dollars, '28.cents': total.cents } : {},
    ) as Cms1500Page;
  });
}
