import { beforeAll, expect, it } from 'vitest';
import { claimLines } from '@medbill/db';
import { billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface RemittanceDetail {
  payment: number;
  providerAdjustments: { reason: string; position?: number; postedTo?: unknown }[];
  reconciliation: { payment: number; ledger: number; balanced: boolean };
  payerAccounts: unknown[];
}

describeWithApi('provider-level adjustments in the ledger, on $name', (env) => {
  let practice: BilledPractice;
  const count = async (sql: string) =>
    (await env.db.query<{ n: number }>(sql, [env.api.orgId]))[0]?.n;
  const payerAccountEntries = () =>
    count(
      'select count(*)::int as n from ledger_entries where org_id = $1 and payer_account_id is not null',
    );

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['04', '05']);
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
  });

  it('posts no interest or recoupment when the file fails half-way', async () => {
    const [claim] = practice.claims;
    const controls = (await claimLines(env.db, env.api.orgId, claim?.id ?? '')).map(
      (l) => l.controlNumber,
    );
    const paid = paidClaim(claim?.claimNumber ?? '', 'PCN-BROKEN', controls);
    // The second line pays $99,999.00 on a $40.00 charge: the ledger refuses the file.
    const broken = {
      ...paid,
      lines: [paid.lines[0]!, { ...paid.lines[1]!, paid: 9999900, adjustments: [] }],
    };
    const before = {
      entries: await count('select count(*)::int as n from ledger_entries where org_id = $1'),
      adjustments: await count(
        'select count(*)::int as n from provider_adjustments where org_id = $1',
      ),
    };
    const response = await env.call('POST', '/remittances', {
      fileName: 'broken.835',
      content: make835([broken], {
        trace: 'TRACE-BROKEN',
        controlNumber: 71,
        providerAdjustments: [
          { reason: 'L6', amount: -520 },
          { reason: 'WO', reference: 'PCN-OLD', amount: 2500 },
        ],
      }),
    });
    expect(response.status, response.text).toBe(422);
    expect({
      entries: await count('select count(*)::int as n from ledger_entries where org_id = $1'),
      adjustments: await count(
        'select count(*)::int as n from provider_adjustments where org_id = $1',
      ),
    }).toEqual(before);
    expect(await payerAccountEntries()).toBe(0);
  });

  it('holds an adjustment from a payer not on file on the unmatched worklist, posting nothing', async () => {
    const imported = await importRemittance(
      env.api,
      'stranger.835',
      make835([], {
        trace: 'TRACE-STRANGER',
        controlNumber: 72,
        payer: { name: 'PRAIRIE MUTUAL', id: '99999' },
        providerAdjustments: [{ reason: 'L6', amount: -300 }],
      }),
    );
    expect(imported).toMatchObject({ alreadyImported: false, providerAdjustments: 1 });
    expect(await payerAccountEntries()).toBe(0);
    const view = (await env.call('GET', `/remittances/${String(imported.fileId)}`))
      .body as unknown as RemittanceDetail;
    expect(view.providerAdjustments.map((a) => a.postedTo)).toEqual([undefined]);
    expect(view.reconciliation).toMatchObject({ payment: 300, balanced: true, ledger: 0 });
    expect(view.payerAccounts).toEqual([]);
    const worklist = (await env.call('GET', '/worklists?kind=unmatched_remittance')).body as {
      items: { summary: string; amount: number }[];
    };
    expect(worklist.items).toContainEqual(
      expect.objectContaining({
        summary:
          "PRAIRIE MUTUAL added $3.00 (PLB L6 interest owed) in stranger.835, not posted to the ledger: no single payer on file is PRAIRIE MUTUAL; post it to the payer's account from the remittance",
        amount: 300,
      }),
    );
  });

  it("posts a payer's interest by its payer id when its 835 names it differently", async () => {
    const [, claim] = practice.claims;
    const controls = (await claimLines(env.db, env.api.orgId, claim?.id ?? '')).map(
      (l) => l.controlNumber,
    );
    const imported = await importRemittance(
      env.api,
      'named.835',
      make835([paidClaim(claim?.claimNumber ?? '', 'PCN-NAMED', controls)], {
        trace: 'TRACE-NAMED',
        controlNumber: 73,
        payer: { name: 'CMS JURISDICTION 6', id: '06102' },
        providerAdjustments: [
          { reason: 'L6', reference: 'PCN-NAMED', amount: -125 },
          { reason: 'FB', reference: 'OFFSET-1', amount: -1000 },
        ],
      }),
    );
    const view = (await env.call('GET', `/remittances/${String(imported.fileId)}`))
      .body as unknown as RemittanceDetail;
    expect(view.reconciliation).toMatchObject({ balanced: true, ledger: view.payment });
    expect(view.payment).toBe(8786 + 125 + 1000);
    expect(view.payerAccounts).toEqual([
      expect.objectContaining({ interest: 125, recouped: 0, forwardingBalanceOwed: 1000 }),
    ]);
  });

  it("posts a held adjustment to the payer's account a biller names, once", async () => {
    const imported = await importRemittance(
      env.api,
      'stranger-2.835',
      make835([], {
        trace: 'TRACE-STRANGER-2',
        controlNumber: 74,
        payer: { name: 'PRAIRIE MUTUAL LIFE', id: '99998' },
        providerAdjustments: [
          { reason: 'L6', amount: -300 },
          { reason: 'WO', reference: 'PRAIRIE-17', amount: 100 },
          { reason: 'CS', reference: 'NOTHING', amount: 0 },
        ],
      }),
    );
    const fileId = String(imported.fileId);
    const [payer] = await env.db.query<{ id: string; name: string }>(
      'select id, name from payers where org_id = $1 order by name limit 1',
      [env.api.orgId],
    );
    const post = (position: number, payerId = payer?.id ?? '') =>
      env.call('POST', `/remittances/${fileId}/provider-adjustments/${position}/post`, {
        payerId,
      });
    const view = async () =>
      (await env.call('GET', `/remittances/${fileId}`)).body as unknown as RemittanceDetail;
    const heldItems = async () =>
      (
        (await env.call('GET', '/worklists?kind=unmatched_remittance')).body as {
          items: { id: string; source: string; detail: { position?: number } }[];
        }
      ).items.filter((item) => item.source === `era:${fileId}`);
    expect((await heldItems()).map((item) => item.detail.position)).toEqual([1, 2, 3]);
    const entriesBefore = (await payerAccountEntries()) ?? 0;
    expect((await view()).providerAdjustments.map((a) => a.position)).toEqual([1, 2, 3]);

    const unknownPayer = await post(1, '00000000-0000-4000-8000-000000000000');
    expect(unknownPayer.status, unknownPayer.text).toBe(422);
    expect(unknownPayer.body).toMatchObject({ errors: [{ path: 'payerId' }] });
    expect((await post(9)).status).toBe(404);
    const zero = await post(3);
    expect(zero.status, zero.text).toBe(422);
    expect(zero.body).toMatchObject({ errors: [{ path: 'position', code: 'zero_amount' }] });
    expect(await payerAccountEntries()).toBe(entriesBefore);

    const interest = await post(1);
    expect(interest.status, interest.text).toBe(200);
    expect(interest.body).toMatchObject({ payerName: payer?.name });
    const afterInterest = await view();
    expect(afterInterest.providerAdjustments.map((a) => a.postedTo)).toEqual([
      { payerId: payer?.id, payerName: payer?.name },
      undefined,
      undefined,
    ]);
    // The deposit is $2.00: $3.00 interest added, $1.00 withheld; the ledger holds the $3.00 so far.
    expect(afterInterest.reconciliation).toMatchObject({ payment: 200, ledger: 300 });
    expect((await heldItems()).map((item) => item.detail.position)).toEqual([2, 3]);
    const resolvedItems = (
      (await env.call('GET', '/worklists?kind=unmatched_remittance&status=resolved')).body as {
        items: { id: string; source: string; detail: { position?: number } }[];
      }
    ).items.filter((item) => item.source === `era:${fileId}`);
    expect(resolvedItems.map((item) => item.detail.position)).toEqual([1]);
    const history = (await env.call('GET', `/worklists/${resolvedItems[0]?.id ?? ''}/history`))
      .body as { history: { action: string; text: string }[] };
    expect(history.history).toEqual([
      expect.objectContaining({
        action: 'resolve',
        text: expect.stringMatching(
          new RegExp(
            `^Posted to ${payer?.name ?? ''}'s account: added \\$3\\.00 \\(PLB L6 interest owed\\), dated \\d{4}-\\d{2}-\\d{2}\\.$`,
          ),
        ) as unknown,
      }),
    ]);

    const again = await post(1);
    expect(again.status, again.text).toBe(409);
    expect(await payerAccountEntries()).toBe(entriesBefore + 1);

    // Two billers post the recoupment at once: one posts it, the other is told it is posted.
    const both = await Promise.all([post(2), post(2)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await payerAccountEntries()).toBe(entriesBefore + 2);
    const done = await view();
    expect(done.reconciliation).toMatchObject({ payment: 200, ledger: 200, balanced: true });
    // The $0.00 one moved no money: it waits for a biller to resolve its item.
    expect((await heldItems()).map((item) => item.detail.position)).toEqual([3]);
  });
});
