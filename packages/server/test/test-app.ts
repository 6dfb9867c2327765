import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { isoDate } from '@medbill/core';
import type { IsoDate, Role } from '@medbill/core';
import type { Database } from '@medbill/db';
import { defaultMigrationsDir, insertOrganization, migrate } from '@medbill/db';
import { buildApp } from '../src/app.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import { databaseTargets } from '../../db/test/targets.ts';
import type { DatabaseTarget } from '../../db/test/targets.ts';
import { caller } from './billing-flow.ts';
import type { ContextResolver } from '../src/request-context.ts';

export interface TestApi {
  readonly app: FastifyInstance;
  readonly orgId: string;
  readonly otherOrgId: string;
  /** The role the next requests act with; tests switch it to check permissions. */
  role: Role;
  /** The organization the next requests act for; tests switch it to check tenancy. */
  actingOrgId: string;
  /** The server's today (2026-03-10 unless a test moves it, e.g. to age claims). */
  today: IsoDate;
}

/** An app over a migrated database with two organizations, acting as an admin of the first. */
export async function startTestApi(
  db: Database,
  codeSets = new CodeSetCatalog(),
): Promise<TestApi> {
  await migrate(db, { dir: defaultMigrationsDir });
  const suffix = Math.random().toString(36).slice(2, 8);
  const org = await insertOrganization(db, 'Test Billing', `test-${suffix}`);
  const other = await insertOrganization(db, 'Other Billing', `other-${suffix}`);
  const state = { role: 'admin' as Role, actingOrgId: org.id, today: isoDate('2026-03-10') };
  const resolveContext: ContextResolver = (request) => ({
    orgId: state.actingOrgId,
    actor: { id: `test-${state.role}`, name: 'Test user', roles: [state.role] },
    requestId: request.id,
    ip: request.ip,
  });
  const app = await buildApp({
    db,
    resolveContext,
    version: 'test',
    today: () => state.today,
    payerRules: [],
    codeSets,
  });
  return Object.assign(state, { app, orgId: org.id, otherOrgId: other.id });
}

/** What a {@link describeWithApi} suite reads in its hooks and tests, set before they run. */
export interface ApiSuite {
  readonly target: DatabaseTarget;
  readonly db: Database;
  readonly api: TestApi;
  readonly call: ReturnType<typeof caller>;
}

/**
 * A suite run once per database target (PGlite, then PostgreSQL, skipped when the server does
 * not answer), each time against a fresh {@link startTestApi} opened before its tests and closed
 * after them. `title` may name the target as `$name`.
 */
export function describeWithApi(
  title: string,
  body: (suite: ApiSuite) => void,
  targets: readonly DatabaseTarget[] = databaseTargets(),
): void {
  describe.each(targets)(title, (target) => {
    if (!target.available) {
      it.skip('PostgreSQL did not answer', () => undefined);
      return;
    }
    const suite = { target } as {
      target: DatabaseTarget;
      db: Database;
      api: TestApi;
      call: ApiSuite['call'];
    };
    beforeAll(async () => {
      suite.db = await target.open();
      suite.api = await startTestApi(suite.db);
      suite.call = caller(suite.api);
    });
    afterAll(async () => {
      await suite.api?.app.close();
      await suite.db?.close();
    });
    body(suite);
  });
}
