import type { FastifyInstance } from 'fastify';
import { isoDate } from '@medbill/core';
import type { Role } from '@medbill/core';
import type { Database } from '@medbill/db';
import { defaultMigrationsDir, insertOrganization, migrate } from '@medbill/db';
import { buildApp } from '../src/app.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import type { ContextResolver } from '../src/request-context.ts';

export interface TestApi {
  readonly app: FastifyInstance;
  readonly orgId: string;
  readonly otherOrgId: string;
  /** The role the next requests act with; tests switch it to check permissions. */
  role: Role;
  /** The organization the next requests act for; tests switch it to check tenancy. */
  actingOrgId: string;
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
  const state = { role: 'admin' as Role, actingOrgId: org.id };
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
    today: () => isoDate('2026-03-10'),
    payerRules: [],
    codeSets,
  });
  return Object.assign(state, { app, orgId: org.id, otherOrgId: other.id });
}
