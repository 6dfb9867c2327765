import type { FastifyInstance } from 'fastify';
import { isoDate, ROLES } from '@medbill/core';
import type { Database } from '@medbill/db';
import { defaultMigrationsDir, insertOrganization, insertUser, migrate } from '@medbill/db';
import { buildApp } from '../src/app.ts';
import { defaultAuthSettings } from '../src/auth/auth-settings.ts';
import type { AuthSettings } from '../src/auth/auth-settings.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { SESSION_COOKIE } from '../src/auth/session-tokens.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';

export const PASSWORD = 'correct horse battery';

export interface Browser {
  readonly cookie: string;
  readonly csrfToken: string;
}

export interface SignedInApi {
  readonly app: FastifyInstance;
  readonly orgId: string;
  readonly otherOrgId: string;
  /** `<role>@a.test` in the first organization, `<role>@b.test` in the second. */
  readonly userIds: Record<string, string>;
  /** Moves the server's clock (idle timeouts, lockouts, second-factor codes). */
  advance(minutes: number): void;
  now(): Date;
  /** The real address of `<role>@a.test` (addresses are unique across test runs). */
  email(key: string): string;
  signIn(key: string, password?: string, totp?: string): Promise<Browser>;
}

/** The real app with sessions: one account per role in each of two organizations. */
export async function startSignedInApi(
  db: Database,
  overrides: Partial<AuthSettings> = {},
): Promise<SignedInApi> {
  await migrate(db, { dir: defaultMigrationsDir });
  const suffix = Math.random().toString(36).slice(2, 8);
  const orgs = [
    { org: await insertOrganization(db, 'Alpha Billing', `alpha-${suffix}`), domain: 'a.test' },
    { org: await insertOrganization(db, 'Beta Billing', `beta-${suffix}`), domain: 'b.test' },
  ];
  const passwordHash = await hashPassword(PASSWORD);
  const userIds: Record<string, string> = {};
  for (const { org, domain } of orgs) {
    for (const role of ROLES) {
      const user = await insertUser(db, org.id, {
        email: `${role}-${suffix}@${domain}`,
        name: `${role} user`,
        roles: [role],
        passwordHash,
      });
      userIds[`${role}@${domain}`] = user.id;
    }
  }
  const email = (key: string) => key.replace('@', `-${suffix}@`);
  let clock = new Date('2026-03-10T15:00:00Z').getTime();
  const now = () => new Date(clock);
  const app = await buildApp({
    db,
    version: 'test',
    today: () => isoDate('2026-03-10'),
    payerRules: [],
    codeSets: new CodeSetCatalog(),
    auth: { ...defaultAuthSettings, now, loginAttemptsPerMinute: 1000, ...overrides },
  });
  return {
    app,
    orgId: orgs[0]!.org.id,
    otherOrgId: orgs[1]!.org.id,
    userIds,
    advance: (minutes) => {
      clock += minutes * 60_000;
    },
    now,
    email,
    async signIn(key, password = PASSWORD, totp) {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: email(key), password, ...(totp ? { totp } : {}) },
      });
      if (response.statusCode !== 200) {
        throw new Error(`sign-in of ${key} answered ${response.statusCode}: ${response.body}`);
      }
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!cookie) throw new Error('no session cookie');
      return {
        cookie: `${SESSION_COOKIE}=${cookie.value}`,
        csrfToken: response.json<{ csrfToken: string }>().csrfToken,
      };
    },
  };
}
