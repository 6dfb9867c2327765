import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.ts';
import { defaultMigrationsDir, migrate } from '../src/migrate.ts';
import { appendAudit, listAudit, verifyAuditChain } from '../src/repositories/audit-log.ts';
import { insertOrganization } from '../src/repositories/organizations.ts';
import { databaseTargets } from './targets.ts';

describe.each(databaseTargets())('audit hash chain on $name', (target) => {
  let db: Database;
  let orgId: string;
  let otherOrgId: string;
  beforeAll(async () => {
    if (!target.available) return;
    db = await target.open();
    await migrate(db, { dir: defaultMigrationsDir });
    orgId = (await insertOrganization(db, 'Chain Billing', 'chain')).id;
    otherOrgId = (await insertOrganization(db, 'Other Billing', 'other')).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const event = (org: string, n: number) => ({
    orgId: org,
    actorId: `user-${n % 3}`,
    action: 'read' as const,
    entity: 'patient',
    entityId: `p|${n}`,
    requestId: `req-${n}`,
    ip: '10.0.0.1',
  });

  /** Edits audit rows the way someone with the database owner's rights could. */
  async function tamper(statements: string | string[], params: string[]): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.exec('alter table audit_log disable trigger audit_log_append_only');
      for (const sql of [statements].flat()) await tx.query(sql, params);
      await tx.exec('alter table audit_log enable trigger audit_log_append_only');
    });
  }

  it.skipIf(!target.available)('chains concurrent writers per organization', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, n) => appendAudit(db, event(n % 2 ? orgId : otherOrgId, n))),
    );
    const verdict = await verifyAuditChain(db, orgId, 7);
    expect(verdict).toMatchObject({ ok: true, checked: 20 });
    expect(verdict.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(db, otherOrgId)).toMatchObject({ ok: true, checked: 20 });
    const page = await listAudit(db, orgId, { actorId: 'user-1' }, { limit: 100, offset: 0 });
    expect(page.total).toBe(7);
    expect(page.items.map((item) => item.seq)).toEqual(
      [...page.items.map((item) => item.seq)].sort((a, b) => b - a),
    );
  });

  it.skipIf(!target.available)('refuses an update or delete through the table', async () => {
    await expect(db.query("update audit_log set ip = '1.2.3.4'")).rejects.toMatchObject({
      code: '42501',
    });
    await expect(db.query('delete from audit_log')).rejects.toMatchObject({ code: '42501' });
  });

  it.skipIf(!target.available)('detects an edited row, then a deleted one', async () => {
    await tamper(
      "update audit_log set actor_id = 'someone-else' where org_id = $1 and chain_seq = 5",
      [orgId],
    );
    expect(await verifyAuditChain(db, orgId)).toMatchObject({
      ok: false,
      checked: 4,
      firstBroken: { seq: 5, reason: 'its content does not match its hash' },
    });
    expect((await verifyAuditChain(db, otherOrgId)).ok).toBe(true);

    await tamper('delete from audit_log where org_id = $1 and chain_seq = 3', [otherOrgId]);
    expect(await verifyAuditChain(db, otherOrgId)).toMatchObject({
      ok: false,
      firstBroken: { seq: 4, reason: 'row 3 is missing' },
    });
  });

  it.skipIf(!target.available)('detects a row rewritten with a recomputed hash', async () => {
    const org = (await insertOrganization(db, 'Third Billing', 'third')).id;
    for (let n = 0; n < 4; n += 1) await appendAudit(db, event(org, n));
    await tamper(
      [
        "update audit_log set ip = '6.6.6.6' where org_id = $1 and chain_seq = 2",
        `update audit_log set hash = encode(sha256(convert_to(audit_row_text(audit_log), 'UTF8')), 'hex')
         where org_id = $1 and chain_seq = 2`,
      ],
      [org],
    );
    expect(await verifyAuditChain(db, org)).toMatchObject({
      ok: false,
      firstBroken: { seq: 3, reason: 'it does not follow the row before it' },
    });
  });
});
