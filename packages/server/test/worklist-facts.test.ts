import { beforeAll, expect, it } from 'vitest';
import { addDays, isoDate } from '@medbill/core';
import { insertUser } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { batchReady, billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { deniedClaim, make835 } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface Item {
  id: string;
  kind: string;
  claimNumber?: string;
  payerName?: string;
  serviceDate?: string;
  ageDays: number;
  patient?: { id: string; name: string; accountNumber: string };
  assignedTo?: { id?: string; name: string };
  origin?: Record<string, unknown>;
}

describeWithApi(
  'work items with their facts on $name',
  (env) => {
    let billed: BilledPractice;
    let fileId: string;

    const items = async (kind: string) =>
      ((await env.call('GET', `/worklists?kind=${kind}`)).body as { items: Item[] }).items;

    beforeAll(async () => {
      billed = await billEncounters(env.api, ['02', '03']);
      await batchReady(env.api);
      const denied = billed.claims[0];
      const era = make835(
        [
          deniedClaim(denied?.claimNumber ?? '', '22026079000124'),
          deniedClaim('NOT-OURS-1', '22026079000125'),
        ],
        { trace: 'EFT20260319', controlNumber: 7 },
      );
      fileId = String((await importRemittance(env.api, 'facts.835', era)).fileId);
    });

    it('names the claim, payer, patient, age and the 835 (trace number) a denial came from', async () => {
      const denial = (await items('denial'))[0];
      expect(denial).toMatchObject({
        claimNumber: billed.claims[0]?.claimNumber,
        payerName: 'Medicare Part B',
        serviceDate: '2026-03-03',
        ageDays: 7,
        patient: { id: billed.patientId },
        origin: {
          kind: 'remittance',
          fileId,
          fileName: 'facts.835',
          payerName: 'MEDICARE PART B',
          traceNumbers: ['EFT20260319'],
        },
      });
    });

    it('gives a payment that matches no claim the 835’s payer and no claim', async () => {
      const unmatched = (await items('unmatched_remittance')).find((i) => !i.claimNumber);
      expect(unmatched?.payerName).toBe('MEDICARE PART B');
      expect(unmatched?.origin).toMatchObject({ kind: 'remittance', fileId });
      expect(unmatched?.patient).toBeUndefined();
    });

    it('names the batch a follow-up item waits on', async () => {
      const batches = (await env.call('GET', '/batches')).body as {
        items: { id: string; fileName: string; createdAt: string }[];
      };
      const batch = batches.items[0];
      env.api.today = addDays(isoDate(String(batch?.createdAt).slice(0, 10)), 45);
      const followUp = (await items('follow_up'))[0];
      expect(followUp).toMatchObject({
        claimNumber: billed.claims[1]?.claimNumber,
        serviceDate: '2026-03-02',
        origin: { kind: 'batch', batchId: batch?.id, fileName: batch?.fileName },
      });
      expect(followUp?.ageDays).toBe(
        (Date.parse(env.api.today) - Date.parse('2026-03-02')) / 86_400_000,
      );
    });

    it('shows a colleague picked from the list by name, and a name typed earlier as typed', async () => {
      const colleague = await insertUser(env.db, env.api.orgId, {
        email: `pat-${Math.random().toString(36).slice(2, 8)}@facts.test`,
        name: 'Pat Okafor',
        roles: ['biller'],
        passwordHash: 'x',
      });
      const [denial] = await items('denial');
      const [followUp] = await items('follow_up');
      const done = await env.call('POST', `/worklists/${denial?.id}/actions`, {
        action: 'assign',
        text: 'Yours',
        assignTo: colleague.id,
      });
      expect(done.status, done.text).toBe(200);
      // Assigned by a name typed before assignees had to be colleagues.
      await env.db.query(
        "update worklist_items set assigned_to = 'front office' where org_id = $1 and id = $2",
        [env.api.orgId, followUp?.id ?? ''],
      );
      expect((await items('denial'))[0]?.assignedTo).toEqual({
        id: colleague.id,
        name: 'Pat Okafor',
      });
      expect((await items('follow_up'))[0]?.assignedTo).toEqual({ name: 'front office' });
    });
  },
  databaseTargets().slice(0, 1),
);
