import type { Database } from '@medbill/db';
import { insertUser } from '@medbill/db';

/** A new active biller in the organization, whom work items can be assigned to; returns the id. */
export async function addColleague(db: Database, orgId: string, name = 'Pat Okafor') {
  const user = await insertUser(db, orgId, {
    email: `colleague-${Math.random().toString(36).slice(2, 8)}@assign.test`,
    name,
    roles: ['biller'],
    passwordHash: 'x',
  });
  return user.id;
}
