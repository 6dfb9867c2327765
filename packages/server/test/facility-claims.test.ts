import { expect, it } from 'vitest';
import { read837i, validateX12 } from '@medbill/x12';
import { importRemittance, registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import {
  inpatientBillBody,
  operatingSurgeonBody,
  outpatientBillBody,
  inpatientPaidLines,
  outpatientPaidLines,
} from './facility-bill-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimView {
  id: string;
  kind: string;
  claimNumber: string;
  status: string;
  placeOfService: string;
  frequency: string;
  totalCharge: number;
  issues: unknown[];
  lines: { controlNumber: string; revenueCode?: string; balance: number }[];
  balance: number;
}

describeWithApi('facility bills billed as 837I on $name', (env) => {
  const claims: Record<'inpatient' | 'outpatient', ClaimView> = {} as never;
  let fileText = '';
  let patientId = '';
  let remittanceId = '';

  it('builds one institutional claim per facility bill, charges the ledger and scrubs it clean', async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
    const patient = await registerInsuredPatient(env.api, payer);
    patientId = patient;
    const ids = { patient, practice, attending: provider, operating };
    const inpatient = await env.call('POST', '/facility-bills', inpatientBillBody(ids));
    const outpatient = await env.call('POST', '/facility-bills', outpatientBillBody(ids));
    expect([inpatient.status, outpatient.status]).toEqual([201, 201]);
    // A professional visit billed in the same run goes to its own 837P file.
    const visit = await env.call('POST', '/encounters', {
      patientId: patient,
      practiceId: practice,
      renderingProviderId: provider,
      placeOfService: '11',
      serviceDateFrom: '2026-03-09',
      diagnoses: ['I10'],
      lines: [{ procedureCode: '99214', diagnosisPointers: [1] }],
    });
    expect(visit.status).toBe(201);

    const built = await env.call('POST', '/claims/build', {});
    expect(built.status, built.text).toBe(201);
    const summary = built.body.claims as {
      id: string;
      kind: string;
      status: string;
      lines: number;
    }[];
    expect(summary.map((c) => [c.kind, c.lines, c.status])).toEqual([
      ['professional', 1, 'ready'],
      ['institutional', 2, 'ready'],
      ['institutional', 3, 'ready'],
    ]);
    const [, outpatientClaim, inpatientClaim] = summary;
    for (const [key, built] of [
      ['inpatient', inpatientClaim],
      ['outpatient', outpatientClaim],
    ] as const) {
      claims[key] = (await env.call('GET', `/claims/${built?.id}`)).body as unknown as ClaimView;
    }
    expect(claims.inpatient).toMatchObject({
      kind: 'institutional',
      placeOfService: '11',
      frequency: '1',
      totalCharge: 491055,
      balance: 491055,
      issues: [],
    });
    expect(claims.inpatient.lines.map((l) => [l.revenueCode, l.balance])).toEqual([
      ['0120', 450000],
      ['0250', 31255],
      ['0300', 9800],
    ]);
    expect(claims.outpatient).toMatchObject({ totalCharge: 93050, balance: 93050 });
    const bill = await env.call('GET', `/facility-bills/${String(inpatient.body.id)}`);
    expect(bill.body.status).toBe('billed');
    const again = await env.call('POST', '/claims/build', { encounterIds: [inpatient.body.id] });
    expect(again.body.skipped).toEqual([
      { encounterId: inpatient.body.id, reason: 'already billed' },
    ]);
  });

  it('batches the facility claims into one 837I (005010X223A2), apart from the 837P', async () => {
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
    const batches = made.body.batches as { id: string; transactionType: string; claims: number }[];
    expect(batches.map((b) => [b.transactionType, b.claims])).toEqual([
      ['837P', 1],
      ['837I', 2],
    ]);
    const batch837i = batches[1];
    fileText = (await env.call('GET', `/batches/${batch837i?.id}/file`)).text;
    expect(fileText).toContain('*005010X223A2~');
    // The ER visit's fall: occurrence code 05 (other accident) with its date, UB-04 FL 31.
    expect(fileText).toContain('HI*BH:05:D8:20260310~');
    expect(validateX12(fileText).filter((i) => i.severity === 'error')).toEqual([]);
    // Stored, not regenerated: the second download is the same bytes.
    expect((await env.call('GET', `/batches/${batch837i?.id}/file`)).text).toBe(fileText);

    const { claims: read, issues } = read837i(fileText);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const stay = read.find((c) => c.claimId === claims.inpatient.claimNumber);
    expect(stay).toMatchObject({
      facilityType: '11',
      frequency: '1',
      statementFrom: '2026-03-01',
      statementTo: '2026-03-04',
      admission: { date: '2026-03-01', time: '0830' },
      dischargeHour: '1100',
      admissionType: '1',
      admissionSource: '1',
      patientStatus: '01',
    });
    expect(stay?.diagnoses.map((d) => [d.kind, d.code, d.presentOnAdmission])).toEqual([
      ['principal-diagnosis', 'J189', 'Y'],
      ['admitting-diagnosis', 'R509', undefined],
      ['other-diagnosis', 'I10', 'Y'],
      ['other-diagnosis', 'E119', 'Y'],
    ]);
    expect(stay?.procedures.map((p) => [p.kind, p.code, p.date])).toEqual([
      ['principal-procedure', '5A1935Z', '2026-03-02'],
    ]);
    expect(stay?.operatingProvider?.id).toBe('1298765433');
    expect(
      stay?.lines.map((l) => [l.revenueCode, l.procedure?.code, l.charge, l.serviceFrom]),
    ).toEqual([
      ['0120', undefined, 450000, undefined],
      ['0250', undefined, 31255, undefined],
      ['0300', '85025', 9800, undefined],
    ]);
    const visit = read.find((c) => c.claimId === claims.outpatient.claimNumber);
    expect(visit?.lines.map((l) => [l.revenueCode, l.procedure?.code, l.serviceFrom])).toEqual([
      ['0450', '99284', '2026-03-10'],
      ['0320', '73100', '2026-03-10'],
    ]);
    const status = await env.call('GET', `/claims/${claims.inpatient.id}`);
    expect(status.body.status).toBe('in_batch');
  });

  it('posts an 835 paying revenue-code lines (NU, REF*6R) and outpatient lines (HC, SVC04)', async () => {
    const controlNumbers = (claim: ClaimView) => claim.lines.map((l) => l.controlNumber);
    const era = make835(
      [
        {
          claimNumber: claims.inpatient.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000101',
          lines: inpatientPaidLines(controlNumbers(claims.inpatient), {
            paid: 0,
            adjustments: [['CO', '97', 31255]],
          }),
        },
        {
          claimNumber: claims.outpatient.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000102',
          lines: outpatientPaidLines(),
        },
      ],
      { trace: 'EFT-UB-1', controlNumber: 8101 },
    );
    remittanceId = String((await importRemittance(env.api, 'facility.835', era)).fileId);

    const stay = (await env.call('GET', `/claims/${claims.inpatient.id}`))
      .body as unknown as ClaimView;
    expect(stay.status).toBe('partially_paid');
    // Room: 20.00 deductible left to the patient; pharmacy denied (open, on the denial
    // worklist, as professional denials are); lab paid with the rest written off.
    expect(stay.lines.map((l) => l.balance)).toEqual([20000, 31255, 0]);
    const visit = (await env.call('GET', `/claims/${claims.outpatient.id}`))
      .body as unknown as ClaimView;
    expect(visit.status).toBe('paid');
    expect(visit.lines.map((l) => l.balance)).toEqual([5000, 0]);

    // The same file again changes nothing.
    const second = await importRemittance(env.api, 'facility.835', era);
    expect(JSON.stringify(second)).toMatch(/already/i);
    const unchanged = (await env.call('GET', `/claims/${claims.inpatient.id}`))
      .body as unknown as ClaimView;
    expect(unchanged.lines.map((l) => l.balance)).toEqual([20000, 31255, 0]);
  });

  it('names revenue-code lines by their revenue code in the claim, ledger and remittance views', async () => {
    const stay = (await env.call('GET', `/claims/${claims.inpatient.id}`)).body as {
      lines: { service: Record<string, unknown> }[];
    };
    expect(stay.lines.map((l) => l.service)).toEqual([
      {
        serviceDate: '2026-03-01',
        modifiers: [],
        revenueCode: '0120',
        unitBasis: 'DA',
        units: 3,
        charge: 450000,
        service: '0120 room & board, semi-private (two beds)',
      },
      {
        serviceDate: '2026-03-01',
        modifiers: [],
        revenueCode: '0250',
        unitBasis: 'UN',
        units: 1,
        charge: 31255,
        service: '0250 pharmacy',
      },
      {
        serviceDate: '2026-03-01',
        procedureCode: '85025',
        modifiers: [],
        revenueCode: '0300',
        unitBasis: 'UN',
        units: 2,
        charge: 9800,
        service: '0300 laboratory · 85025',
      },
    ]);

    const ledger = (await env.call('GET', `/patients/${patientId}/ledger`)).body as {
      entries: { kind: string; procedureCode?: string; revenueCode?: string; service?: string }[];
    };
    const charges = ledger.entries.filter((e) => e.kind === 'charge');
    expect(charges.map((e) => [e.service, e.revenueCode, e.procedureCode])).toEqual([
      ['99214', undefined, '99214'],
      ['0450 emergency room · 99284-25', '0450', '99284'],
      ['0320 radiology, diagnostic · 73100', '0320', '73100'],
      ['0120 room & board, semi-private (two beds)', '0120', undefined],
      ['0250 pharmacy', '0250', undefined],
      ['0300 laboratory · 85025', '0300', '85025'],
    ]);
    expect(JSON.stringify(ledger.entries)).not.toContain('"null"');

    const remittance = (await env.call('GET', `/remittances/${remittanceId}`)).body as {
      claimPayments: { lines: { service: string; procedureCode?: string }[] }[];
    };
    // The denied pharmacy line posted nothing (it stays open, on the denial worklist).
    expect(remittance.claimPayments[0]?.lines.map((l) => [l.service, l.procedureCode])).toEqual([
      ['0120 room & board, semi-private (two beds)', undefined],
      ['0300 laboratory · 85025', '85025'],
    ]);
  });
});
