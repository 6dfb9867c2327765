import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { verifyAuditChain } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { totpCode } from '../src/auth/totp.ts';
import { patientBody, practiceBody, providerBody } from './fixtures.ts';
import { PASSWORD, startSignedInApi } from './signed-in-app.ts';
import type { Browser, SignedInApi } from './signed-in-app.ts';

describe.each(databaseTargets())('sign-in and sessions on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: SignedInApi;

  beforeAll(async () => {
    db = await target.open();
    api = await startSignedInApi(db);
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const request = async (
    browser: Browser | undefined,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    options: { csrf?: boolean } = {},
  ) => {
    const response = await api.app.inject({
      method,
      url,
      headers: {
        ...(browser ? { cookie: browser.cookie } : {}),
        ...(browser && options.csrf !== false ? { 'x-csrf-token': browser.csrfToken } : {}),
      },
      ...(payload ? { payload } : {}),
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {},
      cookies: response.cookies,
    };
  };
  const login = (email: string, password: string, totp?: string) =>
    request(undefined, 'POST', '/auth/login', { email, password, ...(totp ? { totp } : {}) });

  it('signs in with an httpOnly SameSite=Strict cookie and never returns the hash', async () => {
    const response = await login(api.email('biller@a.test'), PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { email: api.email('biller@a.test'), roles: ['biller'], orgName: 'Alpha Billing' },
      idleTimeoutSeconds: 900,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|password/i);
    const cookie = response.cookies.find((c) => c.name === 'medbill_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('says the same for an unknown email and a wrong password', async () => {
    const unknown = await login('nobody@a.test', PASSWORD);
    const wrong = await login(api.email('coder@a.test'), 'not the password');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(wrong.body.code).toBe('unauthenticated');
  });

  it('refuses anonymous callers and requests without the CSRF token', async () => {
    expect((await request(undefined, 'GET', '/patients')).status).toBe(401);
    const browser = await api.signIn('front_desk@a.test');
    expect((await request(browser, 'GET', '/patients')).status).toBe(200);
    const body = { patient: patientBody };
    const forged = await request(browser, 'POST', '/patients', body, { csrf: false });
    expect(forged).toMatchObject({ status: 403, body: { code: 'csrf' } });
    expect((await request(browser, 'POST', '/patients', body)).status).toBe(201);
  });

  it('signs out after the idle timeout, and keeps an active session alive', async () => {
    const browser = await api.signIn('coder@a.test');
    api.advance(10);
    expect((await request(browser, 'GET', '/auth/session')).status).toBe(200);
    api.advance(10);
    expect((await request(browser, 'GET', '/patients')).status).toBe(200);
    api.advance(16);
    const expired = await request(browser, 'GET', '/patients');
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/15 minutes without activity/);
    expect((await request(browser, 'GET', '/auth/session')).status).toBe(401);
  });

  it('ends the session at sign-out', async () => {
    const browser = await api.signIn('manager@a.test');
    expect((await request(browser, 'POST', '/auth/logout')).status).toBe(204);
    expect((await request(browser, 'GET', '/patients')).status).toBe(401);
  });

  it('locks an account after five failures until an admin unlocks it', async () => {
    const email = api.email('provider@a.test');
    for (let i = 0; i < 5; i += 1) expect((await login(email, 'wrong password')).status).toBe(401);
    const locked = await login(email, PASSWORD);
    expect(locked).toMatchObject({ status: 423, body: { code: 'account_locked' } });
    const admin = await api.signIn('admin@a.test');
    const unlocked = await request(admin, 'PATCH', `/users/${api.userIds['provider@a.test']}`, {
      unlock: true,
    });
    expect(unlocked.status).toBe(200);
    expect((await login(email, PASSWORD)).status).toBe(200);
  });

  it('asks for the second factor once it is on', async () => {
    const browser = await api.signIn('biller@b.test');
    const setup = await request(browser, 'POST', '/auth/totp/setup');
    const secret = String(setup.body.secret);
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/medbill:/);
    const wrong = await request(browser, 'POST', '/auth/totp/enable', { secret, code: '000000' });
    expect(wrong.status).toBe(422);
    const enabled = await request(browser, 'POST', '/auth/totp/enable', {
      secret,
      code: totpCode(secret, api.now()),
    });
    expect(enabled.body.totpEnabled).toBe(true);
    const email = api.email('biller@b.test');
    expect(await login(email, PASSWORD)).toMatchObject({
      status: 401,
      body: { code: 'totp_required' },
    });
    expect((await login(email, PASSWORD, '123456')).body.code).toBe('totp_required');
    expect((await login(email, PASSWORD, totpCode(secret, api.now()))).status).toBe(200);
  });

  it('keeps each organization to its own data and accounts', async () => {
    const alpha = await api.signIn('biller@a.test');
    const created = await request(alpha, 'POST', '/patients', {
      patient: { ...patientBody, firstName: 'Tenant' },
    });
    expect(created.status).toBe(201);
    const beta = await api.signIn('admin@b.test');
    const patientId = String(created.body.id);
    expect((await request(alpha, 'GET', `/patients/${patientId}`)).status).toBe(200);
    expect((await request(beta, 'GET', `/patients/${patientId}`)).status).toBe(404);
    const users = await request(beta, 'GET', '/users');
    const emails = (users.body.items as { email: string }[]).map((u) => u.email);
    expect(emails.every((e) => e.endsWith('@b.test'))).toBe(true);
    const patchOther = await request(beta, 'PATCH', `/users/${api.userIds['coder@a.test']}`, {
      disabled: true,
    });
    expect(patchOther.status).toBe(404);
  });

  it('shows a provider account only the encounters its provider rendered', async () => {
    const admin = await api.signIn('admin@a.test');
    const practice = await request(admin, 'POST', '/practices', practiceBody);
    const own = await request(admin, 'POST', '/providers', providerBody);
    const colleague = await request(admin, 'POST', '/providers', {
      ...providerBody,
      firstName: 'Ben',
      npi: '1987654328',
    });
    const patient = await request(admin, 'POST', '/patients', {
      patient: { ...patientBody, firstName: 'Scope' },
    });
    const encounterFor = async (providerId: unknown) =>
      (
        await request(admin, 'POST', '/encounters', {
          patientId: patient.body.id,
          practiceId: practice.body.id,
          renderingProviderId: providerId,
          placeOfService: '11',
          serviceDateFrom: '2026-03-02',
          diagnoses: ['I10'],
          lines: [{ procedureCode: '99213', charge: '100.00', diagnosisPointers: [1] }],
        })
      ).body.id as string;
    const mine = await encounterFor(own.body.id);
    const theirs = await encounterFor(colleague.body.id);
    const account = await request(admin, 'POST', '/users', {
      email: 'dr.okafor@alpha-clinic.test',
      name: 'Ada Okafor',
      roles: ['provider'],
      password: 'a long enough phrase',
      providerId: own.body.id,
    });
    expect(account.status).toBe(201);
    const login = await request(undefined, 'POST', '/auth/login', {
      email: 'dr.okafor@alpha-clinic.test',
      password: 'a long enough phrase',
    });
    const doctor = {
      cookie: `medbill_session=${login.cookies.find((c) => c.name === 'medbill_session')?.value ?? ''}`,
      csrfToken: String(login.body.csrfToken),
    };
    const listed = await request(
      doctor,
      'GET',
      `/encounters?providerId=${String(colleague.body.id)}`,
    );
    expect((listed.body.items as { id: string }[]).map((e) => e.id)).toEqual([mine]);
    expect((await request(doctor, 'GET', `/encounters/${mine}`)).status).toBe(200);
    expect((await request(doctor, 'GET', `/encounters/${theirs}`)).status).toBe(404);
    expect((await request(admin, 'GET', `/encounters/${theirs}`)).status).toBe(200);
  });

  it('enforces the password policy and refuses to let an admin lock themselves out', async () => {
    const admin = await api.signIn('admin@a.test');
    const weak = await request(admin, 'POST', '/users', {
      email: 'new.person@a-clinic.test',
      name: 'New Person',
      roles: ['coder'],
      password: 'short',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
    const self = await request(admin, 'PATCH', `/users/${api.userIds['admin@a.test']}`, {
      roles: ['biller'],
    });
    expect(self.status).toBe(422);
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const limited = await startSignedInApi(db, { loginAttemptsPerMinute: 3 });
    const attempt = () =>
      limited.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: limited.email('coder@a.test'), password: 'guess' },
      });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
    const refused = await attempt();
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'rate_limited' });
    await limited.app.close();
  });

  it('lets a user change their own password, signing out their other sessions', async () => {
    const here = await api.signIn('manager@b.test');
    const elsewhere = await api.signIn('manager@b.test');
    const wrong = await request(here, 'POST', '/auth/password', {
      currentPassword: 'not it',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(422);
    const weak = await request(here, 'POST', '/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(weak.body.errors).toEqual([expect.objectContaining({ path: 'newPassword' })]);
    const changed = await request(here, 'POST', '/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(200);
    expect((await request(here, 'GET', '/auth/session')).status).toBe(200);
    expect((await request(elsewhere, 'GET', '/auth/session')).status).toBe(401);
    expect((await login(api.email('manager@b.test'), PASSWORD)).status).toBe(401);
    expect((await login(api.email('manager@b.test'), 'a brand new passphrase')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const response = await request(undefined, 'GET', '/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('records sign-ins, failures and PHI access in a verifiable chain', async () => {
    const admin = await api.signIn('admin@a.test');
    const trail = await request(admin, 'GET', '/audit?entity=session&limit=500');
    const actions = new Set((trail.body.items as { action: string }[]).map((i) => i.action));
    expect(actions).toEqual(new Set(['sign_in', 'sign_in_failed', 'sign_out']));
    const verify = await request(admin, 'GET', '/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });
    expect(verify.body.checked).toBeGreaterThan(10);
    expect(await verifyAuditChain(db, api.otherOrgId)).toMatchObject({ ok: true });
  });
});
