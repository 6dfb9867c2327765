import { findOrganizationBySlug, listOrganizations } from '@medbill/db';
import type { Database, OrganizationRecord } from '@medbill/db';
import type { RequestContext } from '@medbill/server';
import { userInfo } from 'node:os';

/** The organization a command acts for: the one named, or the only one there is. */
export async function pickOrganization(
  db: Database,
  slug: string | undefined,
): Promise<OrganizationRecord> {
  if (slug) {
    const org = await findOrganizationBySlug(db, slug);
    if (!org) throw new Error(`No organization "${slug}". List them with \`medbill org list\`.`);
    return org;
  }
  const orgs = await listOrganizations(db);
  const only = orgs[0];
  if (orgs.length === 1 && only) return only;
  throw new Error(
    orgs.length === 0
      ? 'No organization yet: create one with `medbill org create "<name>" --slug <slug>` or load the demo with `medbill demo`.'
      : `Several organizations exist (${orgs.map((o) => o.slug).join(', ')}): choose one with --org.`,
  );
}

/** A command line acts as the operating-system user who ran it, for the audit trail. */
export function cliContext(org: OrganizationRecord): RequestContext {
  const user = userInfo().username;
  return {
    orgId: org.id,
    actor: { id: `cli:${user}`, name: user, roles: ['admin'] },
    requestId: `cli-${process.pid}`,
    ip: 'local',
  };
}
