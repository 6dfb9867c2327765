import { beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '@medbill/db';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

interface Problem {
  status: number;
  title: string;
  detail: string;
  errors?: { path: string; code?: string; message: string; pointer: string }[];
}

describeWithApi('API on $name', (env) => {
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const response = await env.api.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return {
      status: response.statusCode,
      type: response.headers['content-type'],
      body: response.body ? (JSON.parse(response.body) as unknown) : undefined,
    };
  };
  const count = async (table: string) =>
    (
      await env.db.query<{ n: number }>(
        `select count(*)::int as n from ${table} where org_id = $1`,
        [env.api.orgId],
      )
    )[0]?.n;

  it('answers health without a context', async () => {
    const res = await call('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: 'test', database: env.target.name });
  });

  it('serves an OpenAPI document that lists the routes', async () => {
    const res = await call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/practices', '/patients', '/encounters/{id}', '/fee-schedules']),
    );
    expect((await env.api.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(
      400,
    );
  });

  it('creates a practice and normalises what a biller typed', async () => {
    const res = await call('POST', '/practices', practiceBody);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      npi: '1234567893',
      tin: { kind: 'EIN', digits: '371234567' },
      address: { zip: '627011234', state: 'IL' },
      phone: '2175550100',
    });
  });

  it.each([
    ['an NPI with a wrong check digit', { npi: '1234567890' }, 'npi', 'npi'],
    [
      'a 5-digit billing provider ZIP',
      { address: { ...practiceBody.address, zip: '62701' } },
      'address.zip',
      'custom',
    ],
    ['an SSN-shaped EIN', { tin: { kind: 'EIN', number: '07-1234567' } }, 'tin.number', 'tin'],
    ['a taxonomy without the X', { taxonomy: '207Q000000' }, 'taxonomy', 'taxonomy'],
  ])(
    'refuses a practice with %s, naming the field, and saves nothing',
    async (_label, change, path, rule) => {
      const before = await count('practices');
      const res = await call('POST', '/practices', {
        ...practiceBody,
        npi: '1144221847',
        ...change,
      });
      expect(res.status).toBe(422);
      expect(res.type).toContain('application/problem+json');
      const problem = res.body as Problem;
      expect(problem.errors?.map((e) => e.path)).toContain(path);
      expect(problem.errors?.find((e) => e.path === path)?.code).toBe(rule);
      expect(await count('practices')).toBe(before);
    },
  );

  it('refuses a second practice with the same NPI as a conflict on the npi field', async () => {
    const res = await call('POST', '/practices', practiceBody);
    expect(res.status).toBe(409);
    expect((res.body as Problem).errors?.[0]?.path).toBe('npi');
  });

  it('registers a patient with coverage, finds them every way the front desk searches, and audits it', async () => {
    const payer = (await call('POST', '/payers', payerBody)).body as { id: string };
    const created = await call('POST', '/patients', {
      patient: patientBody,
      coverages: [coverageBody(payer.id)],
    });
    expect(created.status).toBe(201);
    const patient = created.body as {
      id: string;
      accountNumber: string;
      guarantor: unknown;
      coverages: unknown[];
    };
    expect(patient.accountNumber).toMatch(/^A\d+$/);
    expect(patient.guarantor).toEqual({ relationship: 'self' });
    expect(patient.coverages).toHaveLength(1);

    for (const q of [
      'rivera',
      'Rivera, Mar',
      'maria riv',
      '04/12/1956',
      '1956-04-12',
      patient.accountNumber,
      '1eg4-te5-mk72',
    ]) {
      const found = await call('GET', `/patients?q=${encodeURIComponent(q)}`);
      expect(found.status, q).toBe(200);
      expect(
        (found.body as { items: { id: string }[] }).items.map((p) => p.id),
        q,
      ).toContain(patient.id);
    }
    const miss = await call('GET', '/patients?q=nobody');
    expect((miss.body as { total: number }).total).toBe(0);

    const auditBefore = await countAudit(env.db, env.api.orgId, patient.id);
    expect((await call('GET', `/patients/${patient.id}`)).status).toBe(200);
    expect(await countAudit(env.db, env.api.orgId, patient.id)).toBe(auditBefore + 1);
  });

  it('refuses a second primary coverage in force on the same dates', async () => {
    const payer = (await call('GET', '/payers?q=medicare')).body as { items: { id: string }[] };
    const payerId = payer.items[0]?.id ?? '';
    const patient = (
      await call('POST', '/patients', { patient: { ...patientBody, firstName: 'Luis' } })
    ).body as { id: string };
    expect(
      (await call('POST', `/patients/${patient.id}/coverages`, coverageBody(payerId))).status,
    ).toBe(201);
    const clash = await call('POST', `/patients/${patient.id}/coverages`, {
      ...coverageBody(payerId),
      memberId: 'X123',
      effectiveFrom: '2024-01-01',
    });
    expect(clash.status).toBe(409);
    expect((clash.body as Problem).errors?.[0]).toMatchObject({
      path: 'order',
      code: 'coverage_overlap',
    });
    const secondary = await call('POST', `/patients/${patient.id}/coverages`, {
      ...coverageBody(payerId),
      order: 'secondary',
      memberId: 'X123',
    });
    expect(secondary.status).toBe(201);
  });

  it('requires the subscriber when the patient is not the subscriber', async () => {
    const payer = (await call('GET', '/payers')).body as { items: { id: string }[] };
    const res = await call('POST', '/patients', {
      patient: { ...patientBody, firstName: 'Nina', dateOfBirth: '2015-06-01' },
      coverages: [{ ...coverageBody(payer.items[0]?.id ?? ''), relationship: '19' }],
    });
    expect(res.status).toBe(422);
    expect((res.body as Problem).errors?.[0]?.path).toBe('coverages.0.subscriber');
  });

  describe('encounters', () => {
    let ids: { patient: string; practice: string; provider: string };

    beforeAll(async () => {
      const practices = (await call('GET', '/practices')).body as { items: { id: string }[] };
      const provider = (await call('POST', '/providers', providerBody)).body as { id: string };
      const patient = (
        await call('POST', '/patients', { patient: { ...patientBody, firstName: 'Eva' } })
      ).body as { id: string };
      expect((await call('POST', '/fee-schedules', feeScheduleBody)).status).toBe(201);
      ids = { patient: patient.id, practice: practices.items[0]?.id ?? '', provider: provider.id };
    });

    const encounter = (lines: unknown[], diagnoses = ['E11.22', 'N18.31', 'I10']) => ({
      patientId: ids.patient,
      practiceId: ids.practice,
      renderingProviderId: ids.provider,
      placeOfService: '11',
      serviceDateFrom: '2026-03-02',
      documentation: 'S: follow-up of type 2 diabetes with CKD stage 3a.',
      diagnoses,
      lines,
    });

    it('prices lines from the fee schedule by code, modifier and units', async () => {
      const res = await call(
        'POST',
        '/encounters',
        encounter([
          { procedureCode: '99214', diagnosisPointers: [1, 2, 3] },
          { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [3] },
          { procedureCode: 'J1030', units: 3, diagnosisPointers: [1] },
          { procedureCode: '99213', charge: '99.99', diagnosisPointers: [1] },
        ]),
      );
      expect(res.status).toBe(201);
      const saved = res.body as {
        id: string;
        diagnoses: string[];
        lines: { charge: number; procedureCode: { code: string; system: string } }[];
      };
      expect(saved.diagnoses).toEqual(['E1122', 'N1831', 'I10']);
      expect(saved.lines.map((l) => l.charge)).toEqual([18550, 4000, 3702, 9999]);
      expect(saved.lines[2]?.procedureCode).toEqual({ system: 'hcpcs', code: 'J1030' });
      const read = await call('GET', `/encounters/${saved.id}`);
      expect(read.body).toEqual(saved);
      const listed = await call('GET', `/encounters?patientId=${ids.patient}`);
      expect((listed.body as { total: number }).total).toBe(1);
    });

    it.each([
      [
        'a pointer past the diagnoses',
        [{ procedureCode: '99213', diagnosisPointers: [4] }],
        'lines.0.diagnosisPointers.0',
      ],
      [
        'five modifiers',
        [
          {
            procedureCode: '99213',
            modifiers: ['25', '59', 'XE', 'RT', 'LT'],
            diagnosisPointers: [1],
          },
        ],
        'lines.0.modifiers',
      ],
      [
        'a code with no fee and no charge',
        [{ procedureCode: '99499', diagnosisPointers: [1] }],
        'lines.0.charge',
      ],
      [
        'a malformed CPT code',
        [{ procedureCode: '9921', diagnosisPointers: [1] }],
        'lines.0.procedureCode',
      ],
      [
        'zero units',
        [{ procedureCode: '99213', units: 0, diagnosisPointers: [1] }],
        'lines.0.units',
      ],
      [
        'a charge with three decimals',
        [{ procedureCode: '99213', charge: '10.005', diagnosisPointers: [1] }],
        'lines.0.charge',
      ],
    ])('refuses %s with the field named and writes nothing', async (_label, lines, path) => {
      const before = [await count('encounters'), await count('service_lines')];
      const res = await call('POST', '/encounters', encounter(lines));
      expect(res.status).toBe(422);
      expect((res.body as Problem).errors?.map((e) => e.path)).toContain(path);
      expect([await count('encounters'), await count('service_lines')]).toEqual(before);
    });

    it('refuses thirteen diagnoses and a duplicated one', async () => {
      const many = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M'].map(
        (l) => `${l}00.0`,
      );
      expect(
        ((await call('POST', '/encounters', encounter([], many))).body as Problem).errors?.[0]
          ?.path,
      ).toBe('diagnoses');
      const dup = await call('POST', '/encounters', encounter([], ['I10', 'I10']));
      expect((dup.body as Problem).errors?.[0]?.path).toBe('diagnoses.1');
    });

    it('refuses a date of service before the patient was born', async () => {
      const res = await call('POST', '/encounters', {
        ...encounter([]),
        serviceDateFrom: '1950-01-01',
      });
      expect(res.status).toBe(422);
      expect((res.body as Problem).errors?.[0]?.path).toBe('serviceDateFrom');
    });

    it('names a referenced provider that does not exist', async () => {
      const res = await call('POST', '/encounters', {
        ...encounter([]),
        renderingProviderId: '00000000-0000-4000-8000-000000000000',
      });
      expect(res.status).toBe(422);
      expect((res.body as Problem).errors?.[0]?.path).toBe('renderingProviderId');
    });
  });

  it('keeps organizations apart', async () => {
    const patients = (await call('GET', '/patients')).body as { items: { id: string }[] };
    const id = patients.items[0]?.id ?? '';
    env.api.actingOrgId = env.api.otherOrgId;
    try {
      expect((await call('GET', `/patients/${id}`)).status).toBe(404);
      expect(((await call('GET', '/patients')).body as { total: number }).total).toBe(0);
    } finally {
      env.api.actingOrgId = env.api.orgId;
    }
  });

  it('refuses a role without the permission', async () => {
    env.api.role = 'front_desk';
    try {
      const res = await call('POST', '/encounters', {});
      expect(res.status).toBe(403);
      expect((await call('GET', '/patients')).status).toBe(200);
    } finally {
      env.api.role = 'admin';
    }
  });

  it('answers unknown routes and bad ids with problem+json', async () => {
    const missing = await call('GET', '/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    const badId = await call('GET', '/patients/not-a-uuid');
    expect(badId.status).toBe(422);
    expect((badId.body as Problem).errors?.[0]?.path).toBe('params.id');
  });
});
