import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import type { Coverage } from '@medbill/core';
import { cms1500Pages } from './claim-boxes.ts';
import type { Cms1500Input, Cms1500Page } from './claim-boxes.ts';
import {
  claimInput,
  lines,
  patient,
  practice,
  referring,
  serviceLine,
} from './claim-boxes.fixture.ts';
import type { FieldId } from './field-map.ts';

const spouse: Coverage = {
  ...claimInput().parties.coverage,
  relationship: '01',
  groupNumber: 'GRP-100',
  planName: 'Acme PPO Gold',
  subscriber: {
    lastName: 'Rivera',
    firstName: 'Tomás',
    suffix: 'Jr.',
    dateOfBirth: isoDate('1954-11-30'),
    sex: 'M',
    address: { line1: '9 Elm St', city: 'Chicago', state: 'IL', zip: '606011234' },
  },
};

interface Case {
  readonly name: string;
  readonly input: Cms1500Input;
  readonly want: Cms1500Page;
  readonly blank?: readonly FieldId[];
}

const cases: Case[] = [
  {
    name: 'patient is the insured: names LAST, FIRST, MI without accents; 8-digit birth date; sex',
    input: claimInput(),
    want: {
      '2': 'RIVERA, MARIA, L',
      '3.date': '04 12 1956',
      '3.female': 'X',
      '4': 'RIVERA, MARIA, L',
      '6.self': 'X',
      '11a.date': '04 12 1956',
      '11a.female': 'X',
    },
    blank: ['3.male', '6.spouse', '11', '11c'],
  },
  {
    name: "spouse's coverage: the insured's own name with suffix, address, birth date, group and plan",
    input: claimInput({ parties: { coverage: spouse } }),
    want: {
      '4': 'RIVERA JR, TOMAS',
      '6.spouse': 'X',
      '7.street': '9 ELM ST',
      '7.city': 'CHICAGO',
      '7.zip': '60601-1234',
      '11': 'GRP-100',
      '11a.date': '11 30 1954',
      '11a.male': 'X',
      '11c': 'ACME PPO GOLD',
    },
    blank: ['6.self', '7.phone', '11a.female'],
  },
  ...(
    [
      ['19', '6.child'],
      ['20', '6.other'],
    ] as const
  ).map(([relationship, box]): Case => ({
    name: `relationship ${relationship} marks ${box}`,
    input: claimInput({ parties: { coverage: { ...spouse, relationship } } }),
    want: { [box]: 'X' },
  })),
  {
    name: 'sex U marks neither box',
    input: claimInput({ parties: { patient: { ...patient, sex: 'U' } } }),
    want: { '2': 'RIVERA, MARIA, L' },
    blank: ['3.male', '3.female'],
  },
  {
    name: "insured's ID without hyphens; patient address without punctuation, ZIP and phone apart",
    input: claimInput(),
    want: {
      '1a': '1EG4TE5MK72',
      '5.street': '12 OAK AVE 3',
      '5.city': 'SPRINGFIELD',
      '5.state': 'IL',
      '5.zip': '62704',
      '5.phoneArea': '217',
      '5.phone': '5550142',
    },
  },
  ...(
    [
      ['MB', '1.medicare'],
      ['MC', '1.medicaid'],
      ['CH', '1.tricare'],
      ['VA', '1.champva'],
      ['CI', '1.group'],
      ['BL', '1.group'],
      ['WC', '1.other'],
    ] as const
  ).map(([indicator, box]): Case => ({
    name: `claim filing indicator ${indicator} marks ${box}`,
    input: claimInput({
      parties: {
        payer: { ...claimInput().parties.payer, claimFilingIndicator: indicator },
      },
    }),
    want: { [box]: 'X' },
  })),
  {
    name: 'carrier block: name, address, city state ZIP on the fourth line',
    input: claimInput(),
    want: {
      'payer.name': 'MEDICARE PART B',
      'payer.line1': 'PO BOX 6475',
      'payer.cityStateZip': 'INDIANAPOLIS IN 46206-6475',
    },
    blank: ['payer.line2'],
  },
  {
    name: 'no accident, no outside lab, signatures on file, assignment accepted',
    input: claimInput(),
    want: {
      '10a.no': 'X',
      '10b.no': 'X',
      '10c.no': 'X',
      '12': 'SIGNATURE ON FILE',
      '13': 'SIGNATURE ON FILE',
      '20.no': 'X',
      '27.yes': 'X',
      '31.signature': 'SIGNATURE ON FILE',
      '31.date': '03 10 26',
    },
    blank: ['10a.yes', '10b.yes', '10b.state', '10c.yes', '14.date', '15.date'],
  },
  {
    name: 'items 10, 14, 15: an auto accident at work in Illinois, its date and the onset',
    input: claimInput({
      claim: {
        conditions: {
          relatedCauses: ['AA', 'EM'],
          accidentState: 'IL',
          accidentDate: isoDate('2026-02-27'),
          onsetDate: isoDate('2026-02-28'),
          initialTreatmentDate: isoDate('2026-03-01'),
        },
      },
    }),
    want: {
      '10a.yes': 'X',
      '10b.yes': 'X',
      '10b.state': 'IL',
      '10c.no': 'X',
      '14.date': '02 28 26',
      '14.qualifier': '431',
      '15.qualifier': '439',
      '15.date': '02 27 26',
    },
    blank: ['10a.no', '10b.no', '10c.yes'],
  },
  {
    name: 'item 15: the initial treatment date (454) when there was no accident',
    input: claimInput({
      claim: {
        conditions: { relatedCauses: [], initialTreatmentDate: isoDate('2026-02-02') },
      },
    }),
    want: { '10b.no': 'X', '15.qualifier': '454', '15.date': '02 02 26' },
    blank: ['10b.state', '14.date'],
  },
  {
    name: 'item 21: ICD-10 indicator 0 and diagnoses A–L without the decimal point',
    input: claimInput({
      claim: {
        diagnoses: ['I10', 'E785', 'M1711', 'S52531A', 'Z23', 'R05', 'J029', 'N390', 'K219'],
      },
    }),
    want: {
      '21.indicator': '0',
      '21.A': 'I10',
      '21.B': 'E785',
      '21.D': 'S52531A',
      '21.E': 'Z23',
      '21.I': 'K219',
    },
    blank: ['21.J', '21.L'],
  },
  {
    name: 'service lines: MM DD YY dates, POS, code, modifiers, pointers as letters, dollars and cents, units, NPI',
    input: claimInput(),
    want: {
      '24A.from/1': '03 02 26',
      '24A.to/1': '03 02 26',
      '24B/1': '11',
      '24D.code/1': '99214',
      '24D.modifiers/1': '25',
      '24E/1': 'AB',
      '24F.dollars/1': '185',
      '24F.cents/1': '50',
      '24G/1': '1',
      '24J/1': '1245319599',
      '24E/2': 'A',
      '24F.dollars/3': '12',
      '24F.cents/3': '34',
      '24.supplemental/3': 'N400009307003 ML1',
    },
    blank: ['24.supplemental/1', '24D.code/4'],
  },
  {
    name: 'four modifiers, four pointers, fractional units, whole-dollar charge',
    input: claimInput({
      parties: {
        lines: [
          serviceLine(1, '20610', 100000, [4, 1, 2, 3], {
            modifiers: ['RT', '59', 'XS', 'GA'],
            units: 1.5,
          }),
        ],
      },
    }),
    want: {
      '24D.modifiers/1': 'RT 59 XS GA',
      '24E/1': 'DABC',
      '24F.dollars/1': '1000',
      '24F.cents/1': '00',
      '24G/1': '1.5',
      '28.dollars': '1000',
      '28.cents': '00',
    },
  },
  {
    name: 'billing: EIN box, account number, total, practice as billing provider and service location',
    input: claimInput(),
    want: {
      '25': '371234567',
      '25.ein': 'X',
      '26': 'A1-1042',
      '28.dollars': '237',
      '28.cents': '84',
      '32.name': 'PRAIRIE FAMILY MEDICINE',
      '32.street': '100 MAIN ST SUITE 200',
      '32.cityStateZip': 'SPRINGFIELD IL 62701-1234',
      '32a': '1234567893',
      '33.phoneArea': '217',
      '33.phone': '5550100',
      '33.name': 'PRAIRIE FAMILY MEDICINE',
      '33.cityStateZip': 'SPRINGFIELD IL 62701-1234',
      '33a': '1234567893',
      '33b': 'ZZ207Q00000X',
    },
    blank: ['25.ssn', '22.code', '22.original'],
  },
  {
    name: 'SSN box for a provider billing under a social security number',
    input: claimInput({
      parties: { practice: { ...practice, tin: { kind: 'SSN', digits: '123456789' } } },
    }),
    want: { '25': '123456789', '25.ssn': 'X' },
    blank: ['25.ein'],
  },
  {
    name: 'service facility in item 32 when the encounter names one',
    input: claimInput({
      parties: {
        facility: {
          id: 'facility-1',
          name: "St. Mary's Hospital",
          npi: '1679576722',
          address: {
            line1: '800 E Carpenter St',
            city: 'Springfield',
            state: 'IL',
            zip: '627690001',
          },
        },
      },
    }),
    want: {
      '32.name': 'ST MARYS HOSPITAL',
      '32.cityStateZip': 'SPRINGFIELD IL 62769-0001',
      '32a': '1679576722',
      '33.name': 'PRAIRIE FAMILY MEDICINE',
    },
  },
  {
    name: 'item 17: referring provider, qualifier DN, first name first, NPI in 17b',
    input: claimInput(),
    want: { '17.qualifier': 'DN', '17.name': 'ERIK J LINDQVIST DO', '17b': '1093817465' },
  },
  {
    name: 'item 17: supervising provider with DQ when no one referred',
    input: (() => {
      const { referring: _none, ...parties } = claimInput().parties;
      return { ...claimInput(), parties: { ...parties, supervising: referring } };
    })(),
    want: { '17.qualifier': 'DQ', '17b': '1093817465' },
  },
  {
    name: 'item 17 blank without referring or supervising provider',
    input: (() => {
      const { referring: _none, ...parties } = claimInput().parties;
      return { ...claimInput(), parties };
    })(),
    want: {},
    blank: ['17.qualifier', '17.name', '17b'],
  },
  {
    name: "item 22: a replacement's frequency code and the payer's original claim number",
    input: claimInput({ claim: { frequency: '7', payerClaimNumber: '22026061000123' } }),
    want: { '22.code': '7', '22.original': '22026061000123' },
  },
];

describe('cms1500Pages', () => {
  it.each(cases)('$name', ({ input, want, blank = [] }) => {
    const [page, ...more] = cms1500Pages(input);
    expect(more).toEqual([]);
    expect(page).toMatchObject(want);
    for (const id of blank) expect(page?.[id], id).toBeUndefined();
  });

  it('continues past six lines on a second page, with the total on the last page only', () => {
    const seven = Array.from({ length: 7 }, (_, i) => serviceLine(i + 1, '99213', 12500, [1]));
    const pages = cms1500Pages(claimInput({ parties: { lines: seven } }));
    expect(pages).toHaveLength(2);
    const [first, last] = pages;
    expect(first?.['24D.code/6']).toBe('99213');
    expect(first?.['28.dollars']).toBeUndefined();
    expect(last).toMatchObject({ '24D.code/1': '99213', '28.dollars': '875', '28.cents': '00' });
    expect(last?.['24D.code/2']).toBeUndefined();
    expect(last?.['2']).toBe(first?.['2']);
    expect(last?.['21.A']).toBe('I10');
  });

  it('refuses a claim with more than 12 diagnoses, which claim building never makes', () => {
    const diagnoses = Array.from({ length: 13 }, (_, i) => `Z${String(i).padStart(2, '0')}`);
    expect(() => cms1500Pages(claimInput({ claim: { diagnoses } }))).toThrow(/12 diagnoses/);
  });

  it('refuses to cut the patient account number, which the 835 must echo whole', () => {
    const claimNumber = 'ACCOUNT12345678-1';
    expect(() => cms1500Pages(claimInput({ claim: { claimNumber } }))).toThrow(
      /ACCOUNT12345678-1 is longer than the 14 characters of item 26/,
    );
  });

  it('prints the same lines the claim has, in order', () => {
    const page = cms1500Pages(claimInput())[0];
    expect([1, 2, 3].map((n) => page?.[`24D.code/${n as 1 | 2 | 3}`])).toEqual(
      lines.map((l) => l.service.procedureCode.code),
    );
  });
});
