import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.ts';
import { defaultMigrationsDir, migrate } from '../src/migrate.ts';
import { appendAudit, listAudit } from '../src/repositories/audit-log.ts';
import { insertOrganization } from '../src/repositories/organizations.ts';
import {
  actOnWorklistItem,
  addWorklistItem,
  listWorklist,
  worklistNotes,
} from '../src/repositories/remittances.ts';
import { insertUser } from '../src/repositories/users.ts';
import { databaseTargets } from './targets.ts';

/** History read back names who did it (the screens show names, not account ids). */
describe.each(databaseTargets())('actor names in history on $name', (target) => {
  let db: Database;
  let orgId: string;
  let userId: string;
  beforeAll(async () => {
    if (!target.available) return;
    db = await target.open();
    await migrate(db, { dir: defaultMigrationsDir });
    orgId = (await insertOrganization(db, 'Names Billing', 'names')).id;
    const user = await insertUser(db, orgId, {
      email: 'blake@names.test',
      name: 'Blake Biller',
      roles: ['biller'],
      passwordHash: 'not used here',
    });
    userId = user.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it.skipIf(!target.available)(
    'names the account in the audit trail, not a command line',
    async () => {
      await appendAudit(db, { orgId, actorId: userId, action: 'read', entity: 'claim' });
      await appendAudit(db, { orgId, actorId: 'cli:ops', action: 'create', entity: 'code_set' });
      const page = await listAudit(db, orgId, {}, { limit: 10, offset: 0 });
      expect(page.items.map((row) => [row.actorId, row.actorName, row.actorEmail])).toEqual([
        ['cli:ops', null, null],
        [userId, 'Blake Biller', 'blake@names.test'],
      ]);
    },
  );

  it.skipIf(!target.available)('names who worked a worklist item', async () => {
    await addWorklistItem(db, orgId, {
      kind: 'follow_up',
      source: 'test',
      summary: 'call payer',
      detail: {},
    });
    const [item] = (await listWorklist(db, orgId, {}, { limit: 1, offset: 0 })).items;
    if (!item) throw new Error('no item');
    await actOnWorklistItem(db, orgId, item.id, {
      action: 'note',
      text: 'called',
      actorId: userId,
    });
    await actOnWorklistItem(db, orgId, item.id, {
      action: 'resolve',
      text: 'paid',
      actorId: 'cli:ops',
    });
    const notes = await worklistNotes(db, orgId, item.id);
    expect(notes.map((n) => [n.action, n.actorName])).toEqual([
      ['note', 'Blake Biller'],
      ['resolve', null],
    ]);
  });
});
