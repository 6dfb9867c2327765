import { describe, expect, it } from 'vitest';
import { read270, read276, validateX12 } from '../src/index.ts';
import { listSamples, readSampleText } from './samples.ts';

const snapshot = (name: string) => `./__snapshots__/${name.replace(/\.\w+$/, '')}.json.snap`;
const errors = (issues: readonly { severity: string }[]) =>
  issues.filter((i) => i.severity === 'error');

describe('270 samples', () => {
  const samples = listSamples().filter((name) => name.startsWith('270/'));

  it('finds the three samples', () => expect(samples).toHaveLength(3));

  // The three are the TR3's own example (X279A1 3.1.1): a clinic asks about a subscriber.
  it.each(samples)('%s reads into the TR3 example, golden JSON', async (name) => {
    const text = readSampleText(name);
    const result = read270(text);
    expect(errors(result.issues)).toEqual([]);
    expect(errors(validateX12(text))).toEqual([]);
    const [set] = result.inquiries;
    expect(set).toMatchObject({
      controlNumber: '1234',
      purpose: '13',
      reference: '10001234',
      createdOn: '2006-05-01',
    });
    const source = set?.sources[0];
    expect(source?.party).toEqual({ name: 'ABC COMPANY', idQualifier: 'PI', id: '842610001' });
    const receiver = source?.receivers[0];
    expect(receiver?.party).toEqual({
      name: 'BONE AND JOINT CLINIC',
      idQualifier: 'SV',
      id: '2000035',
    });
    const subscriber = receiver?.subscribers[0];
    expect(subscriber).toMatchObject({
      traces: [{ type: '1', number: '93175-012547', originator: '9877281234' }],
      name: { lastName: 'SMITH', firstName: 'ROBERT', idQualifier: 'MI', id: '11122333301' },
      birthDate: '1943-05-19',
      dates: [{ qualifier: '291', period: { from: '2006-05-01', to: '2006-05-01' } }],
      dependents: [],
    });
    expect(subscriber?.inquiries.map((q) => q.serviceTypes)).toEqual([['30']]);
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(snapshot(name));
  });
});

describe('276 samples', () => {
  const samples = listSamples().filter((name) => name.startsWith('276/'));

  it('finds the five samples', () => expect(samples).toHaveLength(5));

  it.each(samples)('%s reads without errors, golden JSON', async (name) => {
    const text = readSampleText(name);
    const result = read276(text);
    expect(errors(result.issues)).toEqual([]);
    expect(errors(validateX12(text))).toEqual([]);
    expect(result.inquiries).toHaveLength(1);
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(snapshot(name));
  });

  /** trace, patient, patient control number, charge in cents, service dates, lines. */
  const claimsOf = (name: string) =>
    (read276(readSampleText(name)).inquiries[0]?.payers ?? []).flatMap((payer) =>
      payer.receivers.flatMap((receiver) =>
        receiver.providers.flatMap((provider) =>
          provider.patients.flatMap((patient) =>
            patient.claims.map((c) => [
              provider.party.id,
              c.traceNumber,
              `${patient.level} ${patient.name.lastName}${patient.subscriber ? ` of ${patient.subscriber.id ?? ''}` : ''}`,
              c.patientControlNumber ?? c.prescriptionNumber,
              c.charge,
              c.serviceDate ? `${c.serviceDate.from}..${c.serviceDate.to}` : undefined,
              c.lines.map((l) => `${l.procedure.code} ${l.charge} x${l.units ?? ''}`),
            ]),
          ),
        ),
      ),
    );

  // X212 3.1.1: two institutional claims of one hospital, a dependent's professional claim of another provider.
  const example = [
    ['1666666661', 'ABCXYZ1', 'subscriber SMITH', 'SM123456', 851388, '2005-08-31..2005-09-06', []],
    ['1666666661', 'ABCXYZ2', 'subscriber JONES', 'JO234567', 759900, '2005-07-31..2005-08-09', []],
    [
      '1666666666',
      'ABCXYZ3',
      'dependent MANN of 345678901',
      'MA345678',
      undefined,
      undefined,
      ['99203 15000 x1'],
    ],
  ];

  it.each([
    ['276/stupidedi__X212-claim-request.edi', example],
    ['276/oopfactory__276-Example1_IG.txt', example],
    [
      '276/stupidedi__X212-provider-request.edi',
      [example[0], ['6166666666', ...(example[2] ?? []).slice(1)]],
    ],
    [
      '276/lfh__claim-level-status.276',
      [
        example[0],
        [
          '1666666661',
          'ABCXYZ2',
          'subscriber JONES',
          'J0234567',
          759900,
          '2005-07-31..2005-08-09',
          [],
        ],
        ['166666666', ...(example[2] ?? []).slice(1)],
      ],
    ],
    [
      '276/lfh__claim-level-status-ncpdp.276',
      [
        [
          '1666666662',
          'ABCXYZ1',
          'subscriber SMITH',
          '7654321',
          8500,
          '2006-03-01..2006-03-01',
          [],
        ],
      ],
    ],
  ])('%s holds the claims of its example', (name, claims) => {
    expect(claimsOf(name)).toEqual(claims);
  });
});
