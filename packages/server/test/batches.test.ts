import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { read837p, validateX12 } from '@medbill/x12';
import { databaseTargets } from '../../db/test/targets.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from './fixtures.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

describe.each(databaseTargets())('837P batches on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;

  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await api.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return {
      status: response.statusCode,
      text: response.body,
      type: response.headers['content-type'],
      body: (response.headers['content-type'] ?? '').includes('json')
        ? (JSON.parse(response.body) as Record<string, unknown>)
        : {},
    };
  };

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    const practice = String((await call('POST', '/practices', practiceBody)).body.id);
    const provider = String((await call('POST', '/providers', providerBody)).body.id);
    const payer = String((await call('POST', '/payers', payerBody)).body.id);
    await call('POST', '/fee-schedules', feeScheduleBody);
    const child = {
      patient: { ...patientBody, firstName: 'Nina', dateOfBirth: '2015-06-01' },
      coverages: [
        {
          ...coverageBody(payer),
          memberId: 'W2233445566',
          relationship: '19',
          subscriber: { ...patientBody, firstName: 'Jose', sex: 'M', dateOfBirth: '1980-02-03' },
        },
      ],
    };
    const patients = [
      String(
        (
          await call('POST', '/patients', {
            patient: patientBody,
            coverages: [coverageBody(payer)],
          })
        ).body.id,
      ),
      String((await call('POST', '/patients', child)).body.id),
    ];
    for (const [i, patientId] of patients.entries()) {
      await call('POST', '/encounters', {
        patientId,
        practiceId: practice,
        renderingProviderId: provider,
        placeOfService: '11',
        serviceDateFrom: `2026-03-0${i + 2}`,
        diagnoses: ['I10', 'E78.5'],
        lines: [
          { procedureCode: '99214', diagnosisPointers: [1, 2] },
          { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
        ],
      });
    }
    const built = (await call('POST', '/claims/build', {})).body as {
      claims: { status: string }[];
    };
    expect(built.claims.map((c) => c.status)).toEqual(['ready', 'ready']);
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  it('writes one 837P per receiver that the X12 engine accepts, stored byte for byte', async () => {
    const made = await call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
    const batches = (
      made.body as {
        batches: { id: string; claims: number; totalCharge: number; fileName: string }[];
      }
    ).batches;
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ claims: 2, totalCharge: 2 * (18550 + 4000) });
    const file = await call('GET', `/batches/${batches[0]?.id}/file`);
    expect(file.type).toContain('application/edi-x12');
    expect(validateX12(file.text).filter((i) => i.severity === 'error')).toEqual([]);
    const { claims, issues } = read837p(file.text);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(claims.map((c) => [c.charge, c.lines.length, c.diagnoses.length])).toEqual([
      [22550, 2, 2],
      [22550, 2, 2],
    ]);
    expect(claims.map((c) => c.patient?.firstName).filter(Boolean)).toEqual(['Nina']);
    expect((await call('GET', `/batches/${batches[0]?.id}/file`)).text).toBe(file.text);
    const listed = (await call('GET', '/claims?status=in_batch')).body as { total: number };
    expect(listed.total).toBe(2);
  });

  it('has nothing to batch when no claim is ready, and refuses a claim that is not ready', async () => {
    expect(((await call('POST', '/batches', {})).body as { batches: unknown[] }).batches).toEqual(
      [],
    );
    const inBatch = (await call('GET', '/claims?status=in_batch')).body as {
      items: { id: string }[];
    };
    const refused = await call('POST', '/batches', { claimIds: [inBatch.items[0]?.id] });
    expect(refused.status).toBe(422);
    expect(((await call('GET', '/batches')).body as { total: number }).total).toBe(1);
  });

  it('never reuses a control number, and keeps batches append-only', async () => {
    const [batch] = (
      (await call('GET', '/batches')).body as { items: { interchangeControlNumber: number }[] }
    ).items;
    expect(batch?.interchangeControlNumber).toBe(1);
    await expect(
      db.query('update submission_batches set file_text = $1', ['x']),
    ).rejects.toMatchObject({ code: '42501' });
  });
});
