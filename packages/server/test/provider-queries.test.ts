import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { patientBody, practiceBody, providerBody } from './fixtures.ts';
import { startSignedInApi } from './signed-in-app.ts';
import type { Browser, SignedInApi } from './signed-in-app.ts';

describe.each(databaseTargets())('provider queries on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: SignedInApi;
  let admin: Browser;
  let coder: Browser;
  let doctor: Browser;
  let colleague: Browser;
  const encounters = { mine: '', theirs: '' };

  const call = async (browser: Browser, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await api.app.inject({
      method,
      url,
      headers: { cookie: browser.cookie, 'x-csrf-token': browser.csrfToken },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };

  beforeAll(async () => {
    db = await target.open();
    api = await startSignedInApi(db);
    admin = await api.signIn('admin@a.test');
    coder = await api.signIn('coder@a.test');
    const practice = await call(admin, 'POST', '/practices', practiceBody);
    const providers = [
      (await call(admin, 'POST', '/providers', providerBody)).body.id,
      (
        await call(admin, 'POST', '/providers', {
          ...providerBody,
          firstName: 'Ben',
          npi: '1987654328',
        })
      ).body.id,
    ];
    const patient = await call(admin, 'POST', '/patients', { patient: patientBody });
    const encounterFor = async (providerId: unknown) =>
      String(
        (
          await call(admin, 'POST', '/encounters', {
            patientId: patient.body.id,
            practiceId: practice.body.id,
            renderingProviderId: providerId,
            placeOfService: '11',
            serviceDateFrom: '2026-03-02',
            documentation: 'A: chest pain, r/o angina.',
            diagnoses: ['R07.9'],
            lines: [{ procedureCode: '99213', charge: '100.00', diagnosisPointers: [1] }],
          })
        ).body.id,
      );
    encounters.mine = await encounterFor(providers[0]);
    encounters.theirs = await encounterFor(providers[1]);
    const password = 'a long enough phrase';
    const accounts = [
      ['okafor@alpha.test', providers[0]],
      ['ben@alpha.test', providers[1]],
    ] as const;
    for (const [email, providerId] of accounts) {
      const created = await call(admin, 'POST', '/users', {
        email,
        name: email,
        roles: ['provider'],
        password,
        providerId,
      });
      expect(created.status).toBe(201);
    }
    const signIn = async (email: string): Promise<Browser> => {
      const response = await api.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email, password },
      });
      const cookie = response.cookies.find((c) => c.name === 'medbill_session')?.value ?? '';
      return {
        cookie: `medbill_session=${cookie}`,
        csrfToken: response.json<{ csrfToken: string }>().csrfToken,
      };
    };
    doctor = await signIn('okafor@alpha.test');
    colleague = await signIn('ben@alpha.test');
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const status = async (id: string) => (await call(admin, 'GET', `/encounters/${id}`)).body.status;

  it('holds the encounter, reaches only its provider, and releases it on the answer', async () => {
    const before = await status(encounters.mine);
    const asked = await call(coder, 'POST', `/encounters/${encounters.mine}/queries`, {
      question: 'Chest pain: is angina confirmed or still ruled out? Please document.',
    });
    expect(asked.status).toBe(201);
    const second = await call(coder, 'POST', `/encounters/${encounters.mine}/queries`, {
      question: 'Also: laterality of the knee pain in the HPI?',
    });
    expect(second.status).toBe(201);
    expect(await status(encounters.mine)).toBe('on_hold');

    const queue = await call(doctor, 'GET', '/provider-queries');
    expect((queue.body.items as { id: string }[]).map((q) => q.id)).toEqual([
      asked.body.id,
      second.body.id,
    ]);
    expect((await call(colleague, 'GET', '/provider-queries')).body.total).toBe(0);
    const stranger = await call(
      colleague,
      'POST',
      `/provider-queries/${String(asked.body.id)}/answer`,
      {
        answer: 'Not my patient.',
      },
    );
    expect(stranger.status).toBe(404);
    expect(
      (
        await call(coder, 'POST', `/provider-queries/${String(asked.body.id)}/answer`, {
          answer: 'x',
        })
      ).status,
    ).toBe(403);

    const answer = (id: unknown) =>
      call(doctor, 'POST', `/provider-queries/${String(id)}/answer`, {
        answer: 'Ruled out; documented as chest pain, unspecified.',
      });
    expect((await answer(asked.body.id)).status).toBe(200);
    expect(await status(encounters.mine)).toBe('on_hold');
    expect((await answer(second.body.id)).body).toMatchObject({ answeredBy: 'okafor@alpha.test' });
    expect(await status(encounters.mine)).toBe(before);
    expect((await answer(second.body.id)).status).toBe(409);
    const answered = await call(
      coder,
      'GET',
      `/provider-queries?status=answered&encounterId=${encounters.mine}`,
    );
    expect(answered.body.total).toBe(2);
  });

  it('refuses a question from the front desk', async () => {
    const frontDesk = await api.signIn('front_desk@a.test');
    const refused = await call(frontDesk, 'POST', `/encounters/${encounters.theirs}/queries`, {
      question: 'Why?',
    });
    expect(refused.status).toBe(403);
  });
});
