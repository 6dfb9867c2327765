import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalid, MedbillError, passwordProblems } from '@medbill/core';
import type { Database, UserRecord } from '@medbill/db';
import {
  appendAudit,
  deleteOtherSessions,
  deleteSession,
  findCredentialsByEmail,
  findOrganization,
  findTotpSecret,
  findUser,
  updateUser,
} from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit } from '../api-app.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import type { AuthSettings } from '../auth/auth-settings.ts';
import { activeSession } from '../auth/session-resolver.ts';
import { SESSION_COOKIE, tokenHash } from '../auth/session-tokens.ts';
import { signIn } from '../auth/sign-in.ts';
import { newTotpSecret, totpMatches } from '../auth/totp.ts';

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  orgId: z.string(),
  providerId: z.string().nullable(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.date().nullable(),
});

const sessionView = z.object({
  user: userView.extend({ orgName: z.string() }),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});

export const toUserView = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  orgId: user.orgId,
  providerId: user.providerId,
  totpEnabled: user.totpEnabled,
  disabled: user.disabled,
  lockedUntil: user.lockedUntil,
});

const code = z.string().regex(/^\d{6}$/, 'a 6-digit code');

export function authRoutes(app: ApiApp, db: Database, settings: AuthSettings): void {
  const sessionBody = (user: UserRecord, orgName: string, csrfToken: string) => ({
    user: { ...toUserView(user), orgName },
    csrfToken,
    idleTimeoutSeconds: settings.idleTimeoutMinutes * 60,
  });

  app.post(
    '/auth/login',
    {
      config: {
        permission: 'public',
        rateLimit: {
          max: settings.loginAttemptsPerMinute,
          timeWindow: 60_000,
          errorResponseBuilder: () =>
            new MedbillError(
              'rate_limited',
              'Too many sign-in attempts from this address; wait a minute and try again.',
            ),
        },
      },
      schema: {
        tags: ['Sign-in'],
        summary: 'Sign in: sets the session cookie and returns the CSRF token for later requests',
        body: z.object({
          email: z.string().trim().max(254),
          password: z.string().max(1024),
          totp: z.string().trim().max(10).optional(),
        }),
        response: { 200: sessionView },
      },
    },
    async (request, reply) => {
      const signedIn = await signIn(db, {
        ...request.body,
        ip: request.ip,
        requestId: request.id,
        now: settings.now(),
      });
      setSessionCookie(request, reply, signedIn.sessionToken);
      return sessionBody(signedIn.user, signedIn.orgName, signedIn.csrfToken);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Sign-in'],
        summary: 'Who is signed in (401 when nobody is), with the CSRF token',
        response: { 200: sessionView },
      },
    },
    async (request) => {
      const { session, user } = await activeSession(db, settings, request);
      const org = await findOrganization(db, session.orgId);
      return sessionBody(user, org?.name ?? '', session.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    { config: { permission: 'public' }, schema: { tags: ['Sign-in'], summary: 'Sign out' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const { session } = await activeSession(db, settings, request).catch(() => ({
          session: undefined,
        }));
        await deleteSession(db, tokenHash(token));
        if (session) {
          await appendAudit(db, {
            orgId: session.orgId,
            actorId: session.userId,
            action: 'sign_out',
            entity: 'session',
            entityId: session.userId,
            requestId: request.id,
            ip: request.ip,
          });
        }
      }
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send();
    },
  );

  app.post(
    '/auth/totp/setup',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['Sign-in'],
        summary:
          'Start a second factor: a new secret and its otpauth:// URI (not active until confirmed)',
        response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
      },
    },
    async (request) => {
      return newTotpSecret((await ownAccount(request)).email);
    },
  );

  app.post(
    '/auth/totp/enable',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['Sign-in'],
        summary: 'Turn the second factor on with a code the authenticator app shows for the secret',
        body: z.object({ secret: z.string().regex(/^[A-Z2-7]{32}$/), code }),
        response: { 200: userView },
      },
    },
    async (request) => {
      if (!totpMatches(request.body.secret, request.body.code, settings.now())) {
        throw invalid('The code does not match the secret; nothing was changed.', [
          { path: 'code', code: 'totp', message: 'is not the current code for this secret' },
        ]);
      }
      return toUserView(await changeOwnAccount(request, { totpSecret: request.body.secret }));
    },
  );

  app.post(
    '/auth/totp/disable',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['Sign-in'],
        summary: 'Turn the second factor off (needs a current code)',
        body: z.object({ code }),
        response: { 200: userView },
      },
    },
    async (request) => {
      const secret = await findTotpSecret(db, request.ctx.orgId, request.ctx.actor.id);
      if (!secret || !totpMatches(secret, request.body.code, settings.now())) {
        throw invalid('The code is not right; the second factor stays on.', [
          { path: 'code', code: 'totp', message: 'is not the current code' },
        ]);
      }
      return toUserView(await changeOwnAccount(request, { totpSecret: null }));
    },
  );

  app.post(
    '/auth/password',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['Sign-in'],
        summary:
          'Change your own password (needs the current one); your other sessions are signed out',
        body: z.object({
          currentPassword: z.string().max(1024),
          newPassword: z.string().max(1024),
        }),
        response: { 200: userView },
      },
    },
    async (request) => {
      const account = await ownAccount(request);
      const credentials = await findCredentialsByEmail(db, account.email);
      if (
        !credentials ||
        !(await verifyPassword(credentials.passwordHash, request.body.currentPassword))
      ) {
        throw invalid('The current password is not right; nothing was changed.', [
          { path: 'currentPassword', code: 'wrong', message: 'is not your current password' },
        ]);
      }
      const problems = passwordProblems(request.body.newPassword, account.email);
      if (problems.length > 0) {
        throw invalid(
          'The new password is too weak; nothing was changed.',
          problems.map((p) => ({ ...p, path: 'newPassword' })),
        );
      }
      const changed = await updateUser(db, account.orgId, account.id, {
        passwordHash: await hashPassword(request.body.newPassword),
      });
      const token = request.cookies[SESSION_COOKIE];
      await deleteOtherSessions(db, account.orgId, account.id, token ? tokenHash(token) : '');
      await audit(db, request.ctx, { action: 'update', entity: 'user', entityId: account.id });
      return toUserView(changed ?? account);
    },
  );

  async function ownAccount(request: FastifyRequest): Promise<UserRecord> {
    const user = await findUser(db, request.ctx.orgId, request.ctx.actor.id);
    if (!user) throw new MedbillError('unauthenticated', 'Sign in with an account.');
    return user;
  }

  async function changeOwnAccount(
    request: FastifyRequest,
    changes: { totpSecret: string | null },
  ): Promise<UserRecord> {
    const user = await updateUser(db, request.ctx.orgId, request.ctx.actor.id, changes);
    if (!user) throw new MedbillError('unauthenticated', 'This account no longer exists.');
    return user;
  }
}

/** httpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over HTTPS. */
function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}
