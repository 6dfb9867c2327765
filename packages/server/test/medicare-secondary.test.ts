import { beforeAll, expect, it } from 'vitest';
import {
  batchReady,
  secondaryPayerBody,
  setUpPractice,
  importPartPayment,
} from './billing-flow.ts';
import { patientBody, encounterBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

describeWithApi('Medicare as the secondary payer on $name', (env) => {
  let medicareCoverage: Record<string, unknown>;

  beforeAll(async () => {
    const { practice, provider, payer: medicare } = await setUpPractice(env.api);
    const employer = String((await env.call('POST', '/payers', secondaryPayerBody)).body.id);
    const patient = await env.call('POST', '/patients', {
      patient: patientBody,
      coverages: [
        {
          payerId: employer,
          order: 'primary',
          memberId: 'PHP77001234',
          relationship: '18',
          effectiveFrom: '2024-01-01',
        },
        {
          payerId: medicare,
          order: 'secondary',
          memberId: '1EG4-TE5-MK72',
          relationship: '18',
          effectiveFrom: '2021-04-01',
        },
      ],
    });
    expect(patient.status, patient.text).toBe(201);
    const coverages = (await env.call('GET', `/patients/${String(patient.body.id)}/coverages`))
      .body as unknown as Record<string, unknown>[];
    medicareCoverage = coverages.find((c) => c.payerId === medicare) ?? {};
    await env.call(
      'POST',
      '/encounters',
      encounterBody(
        { patientId: String(patient.body.id), practiceId: practice, renderingProviderId: provider },
        '2026-03-02',
      ),
    );
    const built = (await env.call('POST', '/claims/build', {})).body as {
      claims: { id: string; claimNumber: string }[];
    };
    const [primary] = built.claims;
    await batchReady(env.api);
    await importPartPayment(env.api, env.db, primary, {
      fileName: 'employer.835',
      payerClaimNumber: 'PHP-2026-0001',
      trace: 'TRACE-MSP',
      controlNumber: 71,
    });
  });

  it('refuses to send Medicare a secondary claim without the MSP type, saying what to record', async () => {
    const refused = await env.call('POST', '/batches', {});
    expect(refused.status).toBe(422);
    const problems = (refused.body as { errors: { path: string; code: string; message: string }[] })
      .errors;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('msp_type_required');
    expect(problems[0]?.path).toMatch(/^claim .+\.coverage\.medicareSecondaryType$/);
    expect(problems[0]?.message).toContain('Medicare Part B is the secondary payer');
    expect(((await env.call('GET', '/batches')).body as { items: unknown[] }).items).toHaveLength(
      1,
    );
  });

  it('keeps the MSP type on the coverage and sends it in 2000B SBR05', async () => {
    const { id, patientId: _patient, ...coverage } = medicareCoverage;
    const saved = await env.api.app.inject({
      method: 'PUT',
      url: `/coverages/${String(id)}`,
      payload: { ...coverage, medicareSecondaryType: '12' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ medicareSecondaryType: '12' });
    const bad = await env.api.app.inject({
      method: 'PUT',
      url: `/coverages/${String(id)}`,
      payload: { ...coverage, medicareSecondaryType: '99' },
    });
    expect(bad.statusCode).toBe(422);
    const file = await batchReady(env.api);
    expect(file).toMatch(/~SBR\*S\*18\*[^*~]*\*\*12\*\*\*\*MB~/);
  });
});
