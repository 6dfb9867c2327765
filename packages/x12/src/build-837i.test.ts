import { describe, expect, it } from 'vitest';
import { build837i } from './build-837i.ts';
import {
  inpatientClaim,
  outpatientClaim,
  secondaryClaim,
  threeInstitutionalClaims,
} from './build-837i.fixture.ts';
import type { Claim837i } from './build-837i-input.ts';
import { readInstitutionalClaims } from './read-institutional-claims.ts';
import { validateX12 } from './validate.ts';

const built = build837i(threeInstitutionalClaims, { lineBreak: '\n' });
const text = built.text ?? '';

async function readBack(source: string) {
  const issues: unknown[] = [];
  const claims = [];
  // Streamed in small chunks, as a clearinghouse file would arrive.
  const chunks = (function* () {
    for (let at = 0; at < source.length; at += 97) yield source.slice(at, at + 97);
  })();
  for await (const claim of readInstitutionalClaims(chunks, { onIssue: (i) => issues.push(i) }))
    claims.push(claim);
  return { claims, issues };
}

describe('build837i', () => {
  it('writes an 837I its own validator accepts, shaped like the TR3 examples', () => {
    expect(built.issues).toEqual([]);
    expect(validateX12(text)).toEqual([]);
    const lines = text.split('\n');
    for (const segment of [
      'GS*HC*MEDBILL*CLEARINGHOUSE*20260320*1405*8*X*005010X223A2~',
      'ST*837*0031*005010X223A2~',
      'CLM*ER-0001*980.5***13:A:1**A*Y*Y~',
      'CLM*IP-0002*12345.67***11:A:1**A*Y*Y~',
      'DTP*096*TM*1100~',
      'DTP*434*RD8*20260301-20260304~',
      'DTP*435*DT*202603010930~',
      'CL1*3*1*01~',
      'HI*ABK:K3580:::::::Y~',
      'HI*ABJ:R1031~',
      'HI*ABF:E119:::::::Y*ABF:I10:::::::Y~',
      'HI*BBR:0DTJ4ZZ:D8:20260301~',
      'HI*BE:80:::3~',
      'NM1*71*1*Smith*Ann****XX*1245319599~',
      'PRV*AT*PXC*207P00000X~',
      'NM1*72*1*Lee*Kim****XX*1003000126~',
      'SV2*0450*HC:99284:25*650*UN*1~',
      'SV2*0120**6000*DA*3~',
      'SV2*0250**1345.67*UN*14**10~',
      'SVD*60054*500*HC:99284*0450*1~',
      'SVD*60054*0**0250*2~',
      'SE*116*0031~',
    ])
      expect(lines).toContain(segment);
    // Outpatient lines carry DTP*472; inpatient lines do not (TR3 X223A2 2400).
    const inpatient = text.slice(text.indexOf('CLM*IP-0002'), text.indexOf('HL*5'));
    expect(inpatient).not.toContain('DTP*472');
    // The HL tree: the dependent patient (HL 4) under her mother's subscriber level (HL 3).
    expect(lines.filter((l) => l.startsWith('HL*'))).toEqual([
      'HL*1**20*1~',
      'HL*2*1*22*0~',
      'HL*3*1*22*1~',
      'HL*4*3*23*0~',
      'HL*5*1*22*0~',
    ]);
  });

  it('is read back by the 837I reader into the same facts', async () => {
    const { claims, issues } = await readBack(text);
    expect(issues).toEqual([]);
    expect(claims.map((c) => c.claimId)).toEqual(['ER-0001', 'IP-0002', 'ER-0001S']);
    const [er, ip, secondary] = claims;
    expect(er).toMatchObject({
      charge: outpatientClaim.totalCharge,
      facilityType: '13',
      frequency: '1',
      statementFrom: '2026-03-10',
      statementTo: '2026-03-10',
      admissionType: '1',
      admissionSource: '7',
      patientStatus: '01',
      medicalRecordNumber: 'MRN-55',
      diagnoses: [
        { kind: 'principal-diagnosis', qualifier: 'ABK', code: 'S52521A' },
        { kind: 'reason-for-visit', qualifier: 'APR', code: 'M25532' },
        { kind: 'external-cause', qualifier: 'ABN', code: 'W010XXA' },
      ],
      occurrences: [{ code: '11', date: '2026-03-10' }],
      conditions: ['AJ'],
      attendingProvider: { role: '71', lastName: 'Smith', firstName: 'Ann', id: '1245319599' },
      billingProvider: {
        lastName: 'Springfield General Hospital',
        id: '1234567893',
        taxId: '371234567',
      },
      subscriber: {
        lastName: 'Doe',
        id: 'XYZ123456789',
        birthDate: '1980-02-29',
        relationship: '18',
      },
    });
    expect(
      er?.lines.map((l) => [
        l.revenueCode,
        l.procedure?.code,
        l.procedure?.modifiers,
        l.charge,
        l.unit,
        l.units,
        l.serviceFrom,
        l.lineControlNumber,
      ]),
    ).toEqual([
      ['0450', '99284', ['25'], 65_000, 'UN', 1, '2026-03-10', 'L1'],
      ['0320', '73090', ['RT'], 28_050, 'UN', 1, '2026-03-10', 'L2'],
      ['0250', undefined, undefined, 5_000, 'UN', 2, '2026-03-10', undefined],
    ]);
    expect(ip).toMatchObject({
      charge: inpatientClaim.totalCharge,
      facilityType: '11',
      admission: { date: '2026-03-01', time: '0930' },
      dischargeHour: '1100',
      priorAuthorization: 'AUTH-9',
      patient: { lastName: 'Doe', firstName: 'Lily', relationship: '19', birthDate: '2019-06-15' },
      diagnoses: [
        { kind: 'principal-diagnosis', code: 'K3580', presentOnAdmission: 'Y' },
        { kind: 'admitting-diagnosis', code: 'R1031' },
        { kind: 'other-diagnosis', code: 'E119', presentOnAdmission: 'Y' },
        { kind: 'other-diagnosis', code: 'I10', presentOnAdmission: 'Y' },
      ],
      procedures: [
        { kind: 'principal-procedure', qualifier: 'BBR', code: '0DTJ4ZZ', date: '2026-03-01' },
        { kind: 'other-procedure', qualifier: 'BBQ', code: '0DJ08ZZ', date: '2026-03-02' },
      ],
      values: [{ code: '80', amount: 300 }],
      operatingProvider: { role: '72', lastName: 'Lee', id: '1003000126' },
    });
    expect(
      ip?.lines.map((l) => [l.revenueCode, l.unit, l.units, l.charge, l.nonCoveredCharge]),
    ).toEqual([
      ['0120', 'DA', 3, 600_000, undefined],
      ['0360', 'UN', 1, 500_000, undefined],
      ['0250', 'UN', 14, 134_567, 1_000],
    ]);
    expect(secondary?.subscriber.responsibility).toBe('S');
  });

  it('reads the COB loops back as the secondary claim gave them (2320/2330A/2330B/2430)', async () => {
    const { claims } = await readBack(text);
    const secondary = claims.find((c) => c.claimId === secondaryClaim.patientControlNumber);
    const [primary] = secondaryClaim.otherPayers ?? [];
    expect(secondary?.otherPayers.map(({ at: _at, ...other }) => other)).toEqual([
      {
        responsibility: primary?.responsibility,
        relationship: primary?.relationship,
        groupNumber: primary?.groupNumber,
        filingIndicator: primary?.claimFilingIndicator,
        paid: primary?.paid,
        remainingPatientLiability: primary?.remainingPatientLiability,
        adjustments: primary?.adjustments,
        subscriber: {
          role: 'IL',
          kind: 'person',
          lastName: primary?.subscriber.lastName,
          firstName: primary?.subscriber.firstName,
          idQualifier: 'MI',
          id: primary?.subscriber.memberId,
        },
        payer: {
          role: 'PR',
          kind: 'organization',
          lastName: primary?.payer.name,
          idQualifier: 'PI',
          id: primary?.payer.payerId,
        },
      },
    ]);
    // Each line's 2430: SVD01 payer, SVD02 paid, SVD03 the procedure when adjudicated by one,
    // SVD04 the line's revenue code, SVD05 units, CAS and DTP*573 (not 2330B: TR3 sends one).
    const read = secondary?.lines.map((line) =>
      line.adjudications.map((a) => ({
        payerId: a.payerId,
        paid: a.paid,
        ...(a.procedure === undefined ? {} : { procedureCode: a.procedure.code }),
        units: a.units,
        adjustments: a.adjustments,
        adjudicatedOn: a.date,
        revenueCode: a.revenueCode,
      })),
    );
    expect(read).toEqual(
      secondaryClaim.lines.map((line) =>
        (line.adjudications ?? []).map((a) => ({ ...a, revenueCode: line.revenueCode })),
      ),
    );
  });

  /** The secondary claim with the patient's remaining liability per line (2430), or also in 2320. */
  const lineLevel = (liabilities: readonly number[], claimLevelToo = false): Claim837i => {
    const [primary] = secondaryClaim.otherPayers ?? [];
    const { remainingPatientLiability, ...other } = primary!;
    return {
      ...secondaryClaim,
      otherPayers: [
        {
          ...other,
          groupName: 'ACME STAFF',
          ...(claimLevelToo ? { remainingPatientLiability } : {}),
        },
      ],
      lines: secondaryClaim.lines.map((l, i) => ({
        ...l,
        adjudications: (l.adjudications ?? []).map((a) => ({
          ...a,
          remainingPatientLiability: liabilities[i] ?? 0,
        })),
      })),
    };
  };

  it('writes 2430 AMT*EAF after DTP*573 and SBR04, and reads both back as given', async () => {
    const one = build837i(
      { ...threeInstitutionalClaims, claims: [lineLevel([10_000, 0, 0])] },
      { lineBreak: '\n' },
    );
    expect(one.issues).toEqual([]);
    expect(one.text).toContain('SBR*P*18*GRP-100*ACME STAFF*****CI~');
    expect(one.text).toContain('DTP*573*D8*20260318~\nAMT*EAF*100~\nLX*2~');
    const { claims, issues } = await readBack(one.text ?? '');
    expect(issues).toEqual([]);
    expect(claims[0]?.otherPayers[0]?.groupName).toBe('ACME STAFF');
    const read = claims[0]?.lines.flatMap((l) => l.adjudications) ?? [];
    expect(read.map((a) => a.remainingPatientLiability)).toEqual([10_000, 0, 0]);
  });

  it('refuses the remaining liability of one payer in 2320 and in 2430, located', () => {
    const both = build837i({ ...threeInstitutionalClaims, claims: [lineLevel([10_000], true)] });
    expect(both.text).toBeUndefined();
    expect(both.issues.map((i) => [i.code, i.segmentId, i.loop])).toEqual([
      ['cob-patient-liability-twice', 'SBR', '2320'],
    ]);
  });

  it('writes other delimiters and no line breaks when asked', () => {
    const delimiters = { element: '|', component: '>', repetition: '^', segment: '\n' } as const;
    const result = build837i(
      { ...threeInstitutionalClaims, claims: [inpatientClaim] },
      { delimiters },
    );
    expect(result.issues).toEqual([]);
    expect(result.text).toContain('HI|ABK>K3580>>>>>>>Y\n');
    expect(validateX12(result.text ?? '')).toEqual([]);
  });
});
