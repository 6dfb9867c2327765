import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { selfClaim, twoClaims } from './build-837p.fixture.ts';
import type { Build837pInput, Claim837p, ServiceLine837p } from './build-837p-input.ts';

/** The two-claim input with its first claim (PCN-0001) changed. */
const withFirst = (change: (c: Claim837p) => Claim837p): Build837pInput => ({
  ...twoClaims,
  claims: [change(selfClaim), ...twoClaims.claims.slice(1)],
});
const firstLine = (c: Claim837p, change: Partial<ServiceLine837p>): Claim837p => ({
  ...c,
  lines: c.lines.map((l, i) => (i === 0 ? { ...l, ...change } : l)),
});
const manyLines = (c: Claim837p, n: number): Claim837p => {
  const line: ServiceLine837p = { ...c.lines[1]!, pointers: [1] };
  return { ...c, totalCharge: n * line.charge, lines: Array.from({ length: n }, () => line) };
};

const withoutBirthDate = ({ dateOfBirth: _, ...s }: Claim837p['subscriber']) => s;
const withoutEin = ({ ein: _, ...p }: Claim837p['billingProvider']) => p;

interface Case {
  readonly name: string;
  readonly input: Build837pInput;
  /** code, segment ID, loop, element, component of the one issue expected. */
  readonly want: readonly [string, string, string | undefined, number | undefined, number?];
}

// prettier-ignore
const cases: readonly Case[] = [
  { name: 'missing billing provider NPI', input: withFirst((c) => ({ ...c, billingProvider: { ...c.billingProvider, npi: '' } })), want: ['required-element-missing', 'NM1', '2010AA', 9] },
  { name: 'rendering NPI with a bad check digit', input: withFirst((c) => ({ ...c, renderingProvider: { ...c.renderingProvider!, npi: '1245319598' } })), want: ['invalid-npi', 'NM1', '2310B', 9] },
  { name: 'more than 12 diagnoses', input: withFirst((c) => ({ ...c, diagnoses: [...c.diagnoses, 'E119', 'E780', 'I10', 'K219', 'M545', 'N390', 'R05', 'R51', 'Z0000', 'J029'] })), want: ['too-many-diagnoses', 'HI', '2300', 13] },
  { name: 'more than 50 lines', input: withFirst((c) => manyLines(c, 51)), want: ['too-many-lines', 'LX', '2400', 1] },
  { name: 'a pointer to no diagnosis', input: withFirst((c) => firstLine(c, { pointers: [1, 4] })), want: ['diagnosis-pointer-unknown', 'SV1', '2400', 7, 2] },
  { name: 'no pointer', input: withFirst((c) => firstLine(c, { pointers: [] })), want: ['required-element-missing', 'SV1', '2400', 7, 1] },
  { name: 'CLM02 not the sum of the lines', input: withFirst((c) => ({ ...c, totalCharge: 22550 })), want: ['claim-charge-mismatch', 'CLM', '2300', 2] },
  { name: 'a replacement without REF*F8', input: withFirst((c) => ({ ...c, frequency: '7' })), want: ['missing-payer-claim-control-number', 'CLM', '2300', 5, 3] },
  { name: 'an element separator in a name', input: withFirst((c) => ({ ...c, subscriber: { ...c.subscriber, lastName: 'Doe*Smith' } })), want: ['delimiter-in-data', 'NM1', '2010BA', 3] },
  { name: 'a component separator in CLM01', input: withFirst((c) => ({ ...c, patientControlNumber: 'PCN-0001:2' })), want: ['delimiter-in-data', 'CLM', '2300', 1] },
  { name: 'a line break in an address', input: withFirst((c) => ({ ...c, billingProvider: { ...c.billingProvider, address: { ...c.billingProvider.address, line1: '100 Main\nSt' } } })), want: ['delimiter-in-data', 'N3', '2010AA', 1] },
  { name: 'a service date that does not exist', input: withFirst((c) => firstLine(c, { serviceDate: '2026-02-30' })), want: ['invalid-date', 'DTP', '2400', 3] },
  { name: 'a birth date not in YYYY-MM-DD', input: withFirst((c) => ({ ...c, subscriber: { ...c.subscriber, dateOfBirth: '02/29/1980' } })), want: ['invalid-date', 'DMG', '2010BA', 2] },
  { name: 'a missing subscriber birth date when the patient is the subscriber', input: withFirst((c) => ({ ...c, subscriber: withoutBirthDate(c.subscriber) })), want: ['required-element-missing', 'DMG', '2010BA', 2] },
  { name: 'a 5-digit billing provider ZIP', input: withFirst((c) => ({ ...c, billingProvider: { ...c.billingProvider, address: { ...c.billingProvider.address, zip: '62701' } } })), want: ['invalid-zip', 'N4', '2010AA', 3] },
  { name: 'no billing provider TIN', input: withFirst((c) => ({ ...c, billingProvider: withoutEin(c.billingProvider) })), want: ['required-segment-missing', 'REF', '2010AA', undefined] },
  { name: 'a dotted diagnosis code', input: withFirst((c) => ({ ...c, diagnoses: ['J06.9', ...c.diagnoses.slice(1)] })), want: ['invalid-diagnosis', 'HI', '2300', 1, 2] },
  { name: 'units with float residue', input: withFirst((c) => firstLine(c, { units: 0.1 + 0.2 })), want: ['invalid-quantity', 'SV1', '2400', 4] },
  { name: 'a charge that is not whole cents', input: withFirst((c) => firstLine(c, { charge: 12500.5 })), want: ['invalid-amount', 'SV1', '2400', 2] },
  { name: 'five modifiers', input: withFirst((c) => firstLine(c, { modifiers: ['25', '59', 'XE', 'XS', 'GT'] })), want: ['too-many-modifiers', 'SV1', '2400', 1, 7] },
  { name: 'an NDC that is not 11 digits', input: withFirst((c) => ({ ...c, lines: c.lines.map((l) => (l.ndc ? { ...l, ndc: { ...l.ndc, code: '0641-0376-21' } } : l)) })), want: ['invalid-ndc', 'LIN', '2410', 3] },
  { name: 'a separate patient while the patient is the subscriber', input: withFirst((c) => ({ ...c, patient: { relationship: '19', lastName: 'Doe', firstName: 'Lily', address: c.subscriber.address!, dateOfBirth: '2019-06-15', sex: 'F' } })), want: ['patient-relationship-conflict', 'SBR', '2000B', 2] },
  { name: 'a dependent without a patient', input: withFirst((c) => ({ ...c, subscriber: { ...c.subscriber, patientIsSubscriber: false } })), want: ['patient-relationship-conflict', 'SBR', '2000B', 2] },
  { name: 'a bad PAT01', input: withFirst((c) => ({ ...c, subscriber: { ...c.subscriber, patientIsSubscriber: false }, patient: { relationship: '18', lastName: 'Doe', firstName: 'Lily', address: c.subscriber.address!, dateOfBirth: '2019-06-15', sex: 'F' } })), want: ['invalid-code', 'PAT', '2000C', 1] },
  { name: 'a bad rendering taxonomy', input: withFirst((c) => ({ ...c, renderingProvider: { ...c.renderingProvider!, taxonomy: '207Q0000' } })), want: ['invalid-taxonomy', 'PRV', '2310B', 3] },
];

describe('build837p refuses invalid input with located issues', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const result = build837p(input);
    expect(result.text).toBeUndefined();
    const [code, segmentId, loop, element, component] = want;
    expect(
      result.issues.map((i) => [i.code, i.segmentId, i.loop, i.element, i.component, i.severity]),
    ).toEqual([[code, segmentId, loop, element, component, 'error']]);
    expect(result.issues[0]?.message).toContain('PCN-0001');
  });

  it('places each issue at the position its segment would have', () => {
    const input = withFirst((c) => ({ ...c, billingProvider: { ...c.billingProvider, npi: '' } }));
    // ISA GS ST BHT NM1 PER NM1 HL PRV NM1*85: the 2010AA NM1 is the 10th segment, the 8th of the set.
    expect(build837p(input).issues[0]).toMatchObject({ segmentIndex: 10, txSegmentIndex: 8 });
    expect(build837p(input).issues[0]?.message).toBe('claim PCN-0001: NM109 NPI is required');
  });

  it('writes an SSN with hyphens as REF*SY of nine digits', () => {
    const input = withFirst((c) => ({
      ...c,
      billingProvider: { ...withoutEin(c.billingProvider), ssn: '123-45-6789' },
    }));
    expect(build837p(input).text).toContain('~REF*SY*123456789~');
  });

  it('reports every problem at once, not only the first', () => {
    const input = withFirst((c) => ({
      ...firstLine(c, { serviceDate: '2026-02-30', pointers: [9] }),
      totalCharge: 1,
    }));
    expect(build837p(input).issues.map((i) => i.code)).toEqual([
      'claim-charge-mismatch',
      'diagnosis-pointer-unknown',
      'invalid-date',
    ]);
  });

  it.each([
    [
      'a transaction set control number of 0',
      { ...twoClaims, transactionControlNumber: 0 },
      ['invalid-control-number', 'ST', 2],
    ],
    [
      'a creation time that is not HHMM',
      { ...twoClaims, createdAt: { date: '2026-03-20', time: '25:00' } },
      ['invalid-time', 'BHT', 5],
    ],
    ['no claims', { ...twoClaims, claims: [] }, ['required-loop-missing', 'HL', undefined]],
    [
      'an envelope for another transaction',
      { ...twoClaims, envelope: { ...twoClaims.envelope, functionalId: 'HP' } },
      ['invalid-code', 'GS', 1],
    ],
    [
      'a sender ID longer than ISA06',
      { ...twoClaims, envelope: { ...twoClaims.envelope, senderId: 'A-VERY-LONG-SENDER-ID' } },
      ['element-length', 'ISA', 6],
    ],
    [
      'an interchange control number of ten digits',
      {
        ...twoClaims,
        envelope: { ...twoClaims.envelope, interchangeControlNumber: 1_000_000_000 },
      },
      ['invalid-control-number', 'ISA', 13],
    ],
  ] as const)('refuses %s', (_, input, [code, segmentId, element]) => {
    const result = build837p(input);
    expect(result.text).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.segmentId, i.element])).toEqual([
      [code, segmentId, element],
    ]);
  });

  it('refuses delimiters that collide', () => {
    const delimiters = { element: '*', repetition: '*', component: ':', segment: '~' };
    expect(build837p(twoClaims, { delimiters }).issues.map((i) => i.code)).toEqual([
      'bad-delimiters',
    ]);
  });

  it('checks values against the delimiters chosen', () => {
    const delimiters = { element: '|', repetition: '^', component: '>', segment: '~' };
    const input = withFirst((c) => ({ ...c, patientControlNumber: 'A|B' }));
    expect(build837p(input, { delimiters }).issues.map((i) => i.code)).toEqual([
      'delimiter-in-data',
    ]);
    const fine = withFirst((c) => ({ ...c, patientControlNumber: 'A*B' }));
    expect(build837p(fine, { delimiters }).text).toContain('CLM|A*B|225.51');
  });
});
