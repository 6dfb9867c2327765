import { beforeAll, expect, it } from 'vitest';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import {
  inpatientBillBody,
  operatingSurgeonBody,
  outpatientBillBody,
} from './facility-bill-fixture.ts';
import { describeWithApi } from './test-app.ts';

describeWithApi('facility bills on $name', (env) => {
  let ids: { patient: string; practice: string; attending: string; operating: string };

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = await env.call('POST', '/providers', operatingSurgeonBody);
    ids = {
      patient: await registerInsuredPatient(env.api, payer),
      practice,
      attending: provider,
      operating: String(operating.body.id),
    };
  });

  it('stores an inpatient stay with POA, procedures and revenue lines, and reads it back', async () => {
    const made = await env.call('POST', '/facility-bills', inpatientBillBody(ids));
    expect(made.status, made.text).toBe(201);
    const read = await env.call('GET', `/facility-bills/${String(made.body.id)}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      status: 'open',
      facilityType: '11',
      frequency: '1',
      statementFrom: '2026-03-01',
      statementTo: '2026-03-04',
      admission: { date: '2026-03-01', hour: '0830', type: '1', pointOfOrigin: '1' },
      dischargeHour: '1100',
      patientStatus: '01',
      attendingProviderId: ids.attending,
      operatingProviderId: ids.operating,
      principalDiagnosis: { code: 'J189', presentOnAdmission: 'Y' },
      admittingDiagnosis: 'R509',
      otherDiagnoses: [
        { code: 'I10', presentOnAdmission: 'Y' },
        { code: 'E119', presentOnAdmission: 'Y' },
      ],
      procedures: [{ code: '5A1935Z', date: '2026-03-02' }],
    });
    const lines = read.body.lines as Record<string, unknown>[];
    expect(
      lines.map((l) => [l.revenueCode, l.unitBasis, l.units, l.charge, l.serviceDate]),
    ).toEqual([
      ['0120', 'DA', 3, 450000, '2026-03-01'],
      ['0250', 'UN', 1, 31255, '2026-03-01'],
      ['0300', 'UN', 2, 9800, '2026-03-01'],
    ]);
    expect(lines[2]?.procedureCode).toEqual({ system: 'cpt', code: '85025' });
  });

  it('refuses a bill with every problem located, and saves nothing', async () => {
    const before = (await env.call('GET', `/facility-bills?patientId=${ids.patient}`)).body.total;
    const body = inpatientBillBody(ids);
    const bad = await env.call('POST', '/facility-bills', {
      ...body,
      procedures: [{ code: '5A19I5Z', date: '2026-03-02' }],
      lines: [{ revenueCode: '45', charge: '-1.00' }],
    });
    expect(bad.status).toBe(422);
    const paths = (bad.body.errors as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['procedures.0.code', 'lines.0.revenueCode', 'lines.0.charge']),
    );
    const outpatient = await env.call('POST', '/facility-bills', {
      ...outpatientBillBody(ids),
      lines: [{ revenueCode: '0450', charge: '10.00' }],
    });
    expect(outpatient.status).toBe(422);
    expect(JSON.stringify(outpatient.body.errors)).toContain('lines.0.serviceDate');
    const crossChecks = await env.call('POST', '/facility-bills', {
      ...body,
      operatingProviderId: undefined,
      statementTo: '2026-02-28',
      otherDiagnoses: [{ code: 'J18.9' }],
    });
    expect((crossChecks.body.errors as { path: string }[]).map((p) => p.path)).toEqual([
      'statementTo',
      'admission.date',
      'otherDiagnoses.0.code',
      'operatingProviderId',
      'procedures.0.date',
    ]);
    expect((await env.call('GET', `/facility-bills?patientId=${ids.patient}`)).body.total).toBe(
      before,
    );
  });

  it('replaces an unbilled bill, and keeps facility bills out of the encounter routes', async () => {
    const made = await env.call('POST', '/facility-bills', outpatientBillBody(ids));
    const id = String(made.body.id);
    const changed = await env.api.app.inject({
      method: 'PUT',
      url: `/facility-bills/${id}`,
      payload: { ...outpatientBillBody(ids), patientStatus: '07' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(JSON.parse(changed.body)).toMatchObject({ id, patientStatus: '07' });
    expect((await env.call('GET', `/encounters/${id}`)).status).toBe(404);
    const encounters = await env.call('GET', `/encounters?patientId=${ids.patient}`);
    expect(encounters.body.total).toBe(0);
    const listed = await env.call('GET', `/facility-bills?patientId=${ids.patient}&status=open`);
    expect((listed.body.items as { id: string }[]).map((b) => b.id)).toContain(id);
  });
});
