import { describe, expect, it } from 'vitest';
import { read837i, read837p, readInstitutionalClaims } from '../src/index.ts';
import { interchange } from './interchange.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

function institutional(claims: string[]): string {
  const set = [
    'ST*837*0001*005010X223A2~',
    'BHT*0019*00*I-1*20260311*0900*CH~',
    'NM1*41*2*GENERAL HOSPITAL*****46*SUB1~',
    'PER*IC*BILLING*TE*5555551212~',
    'NM1*40*2*ACME HEALTH*****46*12345~',
    'HL*1**20*1~',
    'PRV*BI*PXC*282N00000X~',
    'NM1*85*2*GENERAL HOSPITAL*****XX*1234567893~',
    'N3*1 HOSPITAL WAY~',
    'N4*SPRINGFIELD*IL*627011234~',
    'REF*EI*123456789~',
    'HL*2*1*22*0~',
    'SBR*P*18*GRP1******CI~',
    'NM1*IL*1*DOE*JANE****MI*W123~',
    'DMG*D8*19800201*F~',
    'NM1*PR*2*ACME HEALTH*****PI*12345~',
    ...claims,
  ];
  return interchange(set, { functionalId: 'HC', version: '005010X223A2', control: 73 });
}

const inpatient = [
  'CLM*IP-1*1500***11:A:1**A*Y*Y~',
  'DTP*096*TM*1130~',
  'DTP*434*RD8*20260301-20260304~',
  'DTP*435*DT*202603010815~',
  'CL1*1*7*01~',
  'REF*F8*OLD-1~',
  'REF*EA*MRN-9~',
  'HI*ABK:J189:::::::Y~',
  'HI*ABJ:R0602~',
  'HI*ABF:I10:::::::N*ABF:E119:::::::Y~',
  'HI*BBR:0BH17EZ:D8:20260301~',
  'HI*BH:11:D8:20260301~',
  'HI*BI:74:RD8:20260301-20260304~',
  'HI*BE:80:::3~',
  'HI*BG:41*BG:A1~',
  'NM1*71*1*SMITH*ANNA****XX*1234567893~',
  'PRV*AT*PXC*207R00000X~',
  'LX*1~',
  'SV2*0120**1200*DA*3~',
  'LX*2~',
  'SV2*0450*HC:99284:25*300*UN*1**50~',
  'DTP*472*D8*20260301~',
  'REF*6R*IP-1-2~',
];

describe('read837i', () => {
  it('reads an inpatient claim: bill type, dates, CL1, HI codes of every kind, lines', () => {
    const { claims, issues } = read837i(institutional(inpatient));
    expect(issues).toEqual([]);
    const [claim] = claims;
    expect(claim).toMatchObject({
      transactionControlNumber: '0001',
      billingProvider: {
        lastName: 'GENERAL HOSPITAL',
        id: '1234567893',
        taxonomy: '282N00000X',
        taxId: '123456789',
      },
      subscriber: {
        lastName: 'DOE',
        responsibility: 'P',
        relationship: '18',
        groupNumber: 'GRP1',
        filingIndicator: 'CI',
        birthDate: '1980-02-01',
        gender: 'F',
      },
      payer: { lastName: 'ACME HEALTH', id: '12345' },
      claimId: 'IP-1',
      charge: 150000,
      facilityType: '11',
      frequency: '1',
      statementFrom: '2026-03-01',
      statementTo: '2026-03-04',
      admission: { date: '2026-03-01', time: '0815' },
      dischargeHour: '1130',
      admissionType: '1',
      admissionSource: '7',
      patientStatus: '01',
      payerClaimControlNumber: 'OLD-1',
      medicalRecordNumber: 'MRN-9',
      attendingProvider: { role: '71', lastName: 'SMITH', firstName: 'ANNA' },
    });
    expect(claim?.diagnoses).toEqual([
      { kind: 'principal-diagnosis', qualifier: 'ABK', code: 'J189', presentOnAdmission: 'Y' },
      { kind: 'admitting-diagnosis', qualifier: 'ABJ', code: 'R0602' },
      { kind: 'other-diagnosis', qualifier: 'ABF', code: 'I10', presentOnAdmission: 'N' },
      { kind: 'other-diagnosis', qualifier: 'ABF', code: 'E119', presentOnAdmission: 'Y' },
    ]);
    expect(claim?.procedures).toEqual([
      { kind: 'principal-procedure', qualifier: 'BBR', code: '0BH17EZ', date: '2026-03-01' },
    ]);
    expect(claim?.occurrences).toEqual([{ code: '11', date: '2026-03-01' }]);
    expect(claim?.occurrenceSpans).toEqual([{ code: '74', from: '2026-03-01', to: '2026-03-04' }]);
    expect(claim?.values).toEqual([{ code: '80', amount: 300 }]);
    expect(claim?.conditions).toEqual(['41', 'A1']);
    expect(claim?.lines).toMatchObject([
      { number: '1', revenueCode: '0120', charge: 120000, unit: 'DA', units: 3 },
      {
        number: '2',
        revenueCode: '0450',
        procedure: { qualifier: 'HC', code: '99284', modifiers: ['25'] },
        charge: 30000,
        unit: 'UN',
        units: 1,
        nonCoveredCharge: 5000,
        serviceFrom: '2026-03-01',
        lineControlNumber: 'IP-1-2',
      },
    ]);
  });

  it('reports the claim rules of the guide, located on the CLM', () => {
    const { issues } = read837i(
      institutional(['CLM*IP-2*100***13:A:7~', 'HI*ABF:I10*ZZ:1~', 'LX*1~', 'SV2*0300**90*UN*1~']),
    );
    expect(issues.map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['invalid-code', 'HI', 2],
      ['claim-charge-mismatch', 'CLM', 2],
      ['required-segment-missing', 'CLM', undefined],
      ['principal-diagnosis-missing', 'CLM', undefined],
      ['missing-payer-claim-control-number', 'CLM', undefined],
    ]);
  });

  it('is not an 837P: each reader keeps to its guide', () => {
    const text = institutional(inpatient);
    expect(read837p(text)).toEqual({ claims: [], issues: [] });
    expect(
      read837i(readSampleText('837P/stupidedi__X222A1-commercial-health-insurance.edi')),
    ).toEqual({
      claims: [],
      issues: [],
    });
  });

  it('streams claims from byte chunks to the same result', async () => {
    const name = '837I/stupidedi__X223A2-two-claims-for-the-same-provider.edi';
    const bytes = readSample(name);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 53) }, (_, i) =>
      bytes.subarray(i * 53, i * 53 + 53),
    );
    const streamed = [];
    for await (const c of readInstitutionalClaims(chunks)) streamed.push(c);
    expect(streamed).toEqual(read837i(readSampleText(name)).claims);
    expect(streamed.length).toBe(2);
  });
});

describe('837I samples', () => {
  // The three others are judged defective (README.md) and pinned by verdicts.test.ts.
  const defective = ['imsweb__x223-test', 'PPORepricedClaim', 'silvenga__'];
  const samples = listSamples().filter(
    (name) => name.startsWith('837I/') && !defective.some((d) => name.includes(d)),
  );

  it.each(samples)('%s matches its golden JSON', async (name) => {
    const result = read837i(readSampleText(name));
    expect(result.issues).toEqual([]);
    const file = `./__snapshots__/${name.replace(/^837I\//, '').replace(/\.\w+$/, '')}.json.snap`;
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(file);
  });
});
