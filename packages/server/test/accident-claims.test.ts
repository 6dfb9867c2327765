import { expect, it } from 'vitest';
import { validateX12 } from '@medbill/x12';
import {
  batchReady,
  importPartPayment,
  registerInsuredPatient,
  setUpPractice,
} from './billing-flow.ts';
import { describeWithApi } from './test-app.ts';

const carCrash = { relatedCauses: ['AA'], accidentState: 'il', accidentDate: '2026-02-27' };

describeWithApi('accident facts from encounter to 837P and CMS-1500 ($name)', (env) => {
  let patientId = '';
  let crashClaim: { id: string; claimNumber: string } | undefined;
  let ids = { practiceId: '', renderingProviderId: '' };

  const encounter = (conditions?: unknown, procedureCode = '99214') => ({
    patientId,
    ...ids,
    placeOfService: '11',
    serviceDateFrom: '2026-03-02',
    diagnoses: ['S13.4XXA', 'V43.52XA'],
    lines: [
      { procedureCode, diagnosisPointers: [1] },
      ...(procedureCode === '99214'
        ? [{ procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] }]
        : []),
    ],
    ...(conditions ? { conditions } : {}),
  });

  it('refuses an encounter whose accident follows the visit, saying where', async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    ids = { practiceId: practice, renderingProviderId: provider };
    patientId = await registerInsuredPatient(env.api, payer);
    const refused = await env.call(
      'POST',
      '/encounters',
      encounter({ relatedCauses: ['OA'], accidentDate: '2026-03-05' }),
    );
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('conditions.accidentDate');
    expect(refused.text).toContain('after the service');
  });

  it('bills the crash on its own claim with CLM11, the state and DTP*439', async () => {
    const crash = await env.call('POST', '/encounters', encounter(carCrash));
    expect(crash.status, crash.text).toBe(201);
    expect((crash.body as { conditions: unknown }).conditions).toEqual({
      ...carCrash,
      accidentState: 'IL',
    });
    const unexplained = await env.call('POST', '/encounters', encounter(undefined, '99213'));
    expect(unexplained.status, unexplained.text).toBe(201);

    const built = (await env.call('POST', '/claims/build', {})).body as {
      claims: { id: string; status: string }[];
    };
    expect(built.claims).toHaveLength(2);
    const details = await Promise.all(
      built.claims.map(
        async (c) =>
          (await env.call('GET', `/claims/${c.id}`)).body as {
            status: string;
            conditions: { relatedCauses: string[] };
            issues: { ruleId: string; severity: string }[];
          },
      ),
    );
    const withCrash = details.find((d) => d.conditions.relatedCauses.includes('AA'));
    const without = details.find((d) => d.conditions.relatedCauses.length === 0);
    expect(withCrash?.issues.filter((i) => i.severity !== 'warn')).toEqual([]);
    expect(withCrash?.status).toBe('ready');
    expect(without?.issues.map((i) => [i.ruleId, i.severity])).toContainEqual([
      'ACC-INJURY-001',
      'deny',
    ]);
    expect(without?.status).toBe('draft');

    crashClaim = built.claims[details.indexOf(withCrash!)] as unknown as {
      id: string;
      claimNumber: string;
    };
    const file = await batchReady(env.api);
    expect(validateX12(file).filter((i) => i.severity === 'error')).toEqual([]);
    expect(file).toMatch(/CLM\*[^~]*\*Y\*A\*Y\*Y\*\*AA:::IL~/);
    expect(file).toContain('DTP*439*D8*20260227~');
  });

  it('corrects the accident date on a paid claim as a frequency 7 claim', async () => {
    await importPartPayment(env.api, env.db, crashClaim, {
      fileName: 'crash.835',
      payerClaimNumber: '22026061000777',
      trace: 'TRACE-CRASH',
      controlNumber: 41,
    });
    const corrected = await env.call('POST', `/claims/${crashClaim?.id}/correct`, {
      reason: 'the crash was the day before',
      conditions: { ...carCrash, accidentDate: '2026-02-26' },
    });
    expect(corrected.status, corrected.text).toBe(201);
    const version = (await env.call('GET', `/claims/${String(corrected.body.id)}`)).body;
    expect(version).toMatchObject({
      frequency: '7',
      conditions: { relatedCauses: ['AA'], accidentState: 'IL', accidentDate: '2026-02-26' },
    });
    const file = await batchReady(env.api);
    expect(file).toContain('DTP*439*D8*20260226~');
    expect(file).toContain('REF*F8*22026061000777~');
  });
});
