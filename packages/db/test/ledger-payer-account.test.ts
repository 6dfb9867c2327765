import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate, payerAccountLineId } from '@medbill/core';
import type { Cents, LedgerEntry } from '@medbill/core';
import type { Database } from '../src/database.ts';
import { defaultMigrationsDir, migrate } from '../src/migrate.ts';
import { insertLedgerEntries, ledgerEntriesFor, ledgerEntriesOfSource } from '../src/index.ts';
import { insertOrganization, payers } from '../src/index.ts';
import { databaseTargets } from './targets.ts';

describe.each(databaseTargets())("the payer's ledger account on $name", (target) => {
  describe.skipIf(!target.available)('provider-level adjustments', () => {
    let db: Database;
    let orgId = '';
    let account = '';
    const meta = { source: 'era:file-1', actorId: 'test' };
    const interest: LedgerEntry = {
      id: 'era:file-1:plb:1',
      kind: 'provider_adjustment',
      lineId: '',
      postedOn: isoDate('2026-04-02'),
      amount: 520 as Cents,
      direction: 'added',
      reason: 'L6',
      reference: 'PCN-2',
    };

    beforeAll(async () => {
      db = await target.open();
      await migrate(db, { dir: defaultMigrationsDir });
      orgId = (await insertOrganization(db, 'Ledger test', `ledger-${Date.now()}`)).id;
      const payer = await payers.insert(db, orgId, {
        name: 'Medicare Part B',
        payerId: '06102',
        claimFilingIndicator: 'MB',
        timelyFilingDays: 365,
        claimForm: 'electronic',
      });
      account = payerAccountLineId(payer.id);
      Object.assign(interest, { lineId: account });
    });
    afterAll(async () => {
      await db?.close();
    });

    it('keeps an adjustment on the payer account and reads it back, with its reversal', async () => {
      const reversal: LedgerEntry = {
        id: 'era:file-2:rev:plb:1',
        kind: 'reversal',
        lineId: account,
        postedOn: isoDate('2026-05-01'),
        amount: 520 as Cents,
        reverses: interest.id,
      };
      await insertLedgerEntries(db, orgId, [interest], meta);
      await insertLedgerEntries(db, orgId, [reversal], { ...meta, source: 'era:file-2' });
      expect(await ledgerEntriesFor(db, orgId, [account])).toEqual([interest, reversal]);
      const second = await ledgerEntriesOfSource(db, orgId, 'era:file-2');
      expect(second.entries).toEqual([reversal]);
      expect(second.byId.get(interest.id)).toEqual(interest);
    });

    it('refuses to change or delete it (append-only), and an entry in two places at once', async () => {
      await expect(
        db.query("update ledger_entries set amount_cents = 1 where id = 'era:file-1:plb:1'"),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query("delete from ledger_entries where id = 'era:file-1:plb:1'"),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query(
          `insert into ledger_entries (org_id, id, payer_account_id, account_patient_id, kind,
             amount_cents, direction, reason, posted_on, source, actor_id)
           select org_id, 'two-places', payer_account_id, gen_random_uuid(), kind, amount_cents,
             direction, reason, posted_on, source, actor_id
           from ledger_entries where id = 'era:file-1:plb:1'`,
        ),
      ).rejects.toThrow(/ledger_entries_one_place/);
      await expect(
        db.query(
          `insert into ledger_entries (org_id, id, payer_account_id, kind, amount_cents, reason,
             posted_on, source, actor_id)
           select org_id, 'no-direction', payer_account_id, kind, amount_cents, reason, posted_on,
             source, actor_id
           from ledger_entries where id = 'era:file-1:plb:1'`,
        ),
      ).rejects.toThrow(/ledger_entries_direction_of_kind/);
    });
  });
});
