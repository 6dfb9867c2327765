import { beforeAll, expect, it } from 'vitest';
import { claimLines } from '@medbill/db';
import { billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface RemittanceDetail {
  claimPayments: { position: number; claimId?: string; claimStatus?: string; lines: unknown[] }[];
}

interface HeldItem {
  id: string;
  source: string;
  detail: { position?: number; patientControlNumber?: string };
}

describeWithApi('a claim payment the import could not match, posted by hand, on $name', (env) => {
  let practice: BilledPractice;
  const count = async (sql: string, params: string[] = [env.api.orgId]) =>
    (await env.db.query<{ n: number }>(sql, params))[0]?.n;

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['04', '05']);
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
  });

  it('posts it to the claim the biller names, as the import would have, once', async () => {
    const [claim, other] = practice.claims;
    const claimNumber = claim?.claimNumber ?? '';
    const controls = (await claimLines(env.db, env.api.orgId, claim?.id ?? '')).map(
      (l) => l.controlNumber,
    );
    // The payer keyed the claim number wrong: CLP01 names no claim medbill sent.
    const imported = await importRemittance(
      env.api,
      'mistyped.835',
      make835([paidClaim(`${claimNumber}X`, 'PAYER-MISTYPED', controls)], {
        trace: 'TRACE-MISTYPED',
        controlNumber: 81,
      }),
    );
    expect(imported).toMatchObject({ unmatched: 1, posted: [] });
    const fileId = String(imported.fileId);
    const entriesOf = (claimId: string) =>
      count(
        `select count(*)::int as n from ledger_entries e
         join claim_lines l on l.org_id = e.org_id and l.service_line_id = e.service_line_id
         where e.org_id = $1 and l.claim_id = $2 and e.source = $3`,
        [env.api.orgId, claimId, `era:${fileId}`],
      );
    const held = async (status = 'open') =>
      (
        (await env.call('GET', `/worklists?kind=unmatched_remittance&status=${status}`)).body as {
          items: HeldItem[];
        }
      ).items.filter((item) => item.source === `era:${fileId}`);
    expect((await held()).map((item) => item.detail.position)).toEqual([1]);
    const post = (body: { claimNumber: string }, position = 1) =>
      env.call('POST', `/remittances/${fileId}/claim-payments/${position}/post`, body);

    const unknown = await post({ claimNumber: 'NO-SUCH-CLAIM' });
    expect(unknown.status, unknown.text).toBe(422);
    expect(unknown.body).toMatchObject({ errors: [{ path: 'claimNumber' }] });
    expect((await post({ claimNumber }, 2)).status).toBe(404);
    expect(await entriesOf(claim?.id ?? '')).toBe(0);

    const posted = await post({ claimNumber });
    expect(posted.status, posted.text).toBe(200);
    expect(posted.body).toMatchObject({ claimNumber, status: 'paid', denials: 0, unmatched: 0 });
    // Each line: the payment, the contractual write-off, the patient's share moved to them.
    expect(await entriesOf(claim?.id ?? '')).toBe(6);
    const view = (await env.call('GET', `/remittances/${fileId}`))
      .body as unknown as RemittanceDetail;
    expect(view.claimPayments).toEqual([
      expect.objectContaining({ position: 1, claimId: claim?.id, claimStatus: 'paid' }),
    ]);
    expect(view.claimPayments[0]?.lines).toHaveLength(2);
    expect(await held()).toEqual([]);
    const [resolved] = await held('resolved');
    const history = (await env.call('GET', `/worklists/${resolved?.id ?? ''}/history`)).body as {
      history: { action: string; text: string }[];
    };
    expect(history.history).toEqual([
      expect.objectContaining({
        action: 'resolve',
        text: expect.stringContaining(
          `Posted to claim ${claimNumber} by hand (the 835 sent ${claimNumber}X)`,
        ) as unknown,
      }),
    ]);

    // Posted once: again, or to another claim, is refused and posts nothing more.
    const again = await post({ claimNumber: other?.claimNumber ?? '' });
    expect(again.status, again.text).toBe(409);
    expect(await entriesOf(claim?.id ?? '')).toBe(6);
    expect(await entriesOf(other?.id ?? '')).toBe(0);
  });

  it('of two billers posting the same claim payment at once, one posts it', async () => {
    const [, claim] = practice.claims;
    const claimNumber = claim?.claimNumber ?? '';
    const controls = (await claimLines(env.db, env.api.orgId, claim?.id ?? '')).map(
      (l) => l.controlNumber,
    );
    const imported = await importRemittance(
      env.api,
      'mistyped-2.835',
      make835([paidClaim(`0${claimNumber}`, 'PAYER-MISTYPED-2', controls)], {
        trace: 'TRACE-MISTYPED-2',
        controlNumber: 82,
      }),
    );
    const fileId = String(imported.fileId);
    const both = await Promise.all(
      [1, 2].map(() =>
        env.call('POST', `/remittances/${fileId}/claim-payments/1/post`, { claimNumber }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(
      await count(
        'select count(*)::int as n from ledger_entries where org_id = $1 and source = $2',
        [env.api.orgId, `era:${fileId}`],
      ),
    ).toBe(6);
  });
});
