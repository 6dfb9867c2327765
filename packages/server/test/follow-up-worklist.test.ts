import { beforeAll, expect, it } from 'vitest';
import { addDays, isoDate } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import { batchReady, billEncounters, importPartPayment } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { addColleague } from './colleague.ts';
import { describeWithApi } from './test-app.ts';

interface Item {
  id: string;
  kind: string;
  claimId: string;
  summary: string;
  status: string;
  amount: number;
}

describeWithApi('follow-up worklist on $name', (env) => {
  let billed: BilledPractice;
  let sentOn: IsoDate;

  const followUps = async (status: 'open' | 'resolved' = 'open') =>
    (
      (await env.call('GET', `/worklists?kind=follow_up&status=${status}`)).body as {
        items: Item[];
      }
    ).items;

  beforeAll(async () => {
    billed = await billEncounters(env.api, ['02', '03']);
    await batchReady(env.api);
    const batches = (await env.call('GET', '/batches')).body as { items: { createdAt: string }[] };
    sentOn = isoDate(String(batches.items[0]?.createdAt).slice(0, 10));
  });

  it('lists nothing before the payer’s 30 days are up', async () => {
    env.api.today = addDays(sentOn, 29);
    expect(await followUps()).toEqual([]);
  });

  it('lists each unanswered claim once on day 30, however often it is refreshed', async () => {
    env.api.today = addDays(sentOn, 30);
    const refreshed = await env.call('POST', '/worklists/follow-up/refresh');
    expect(refreshed.status, refreshed.text).toBe(200);
    expect(refreshed.body).toEqual({ opened: 2, resolved: 0 });
    expect((await env.call('POST', '/worklists/follow-up/refresh')).body).toEqual({
      opened: 0,
      resolved: 0,
    });
    env.api.today = addDays(sentOn, 45);
    const items = await followUps();
    expect(items.map((i) => i.claimId).sort()).toEqual(billed.claims.map((c) => c.id).sort());
    const first = items.find((i) => i.claimId === billed.claims[0]?.id);
    expect(first?.summary).toContain(
      `Claim ${billed.claims[0]?.claimNumber} to Medicare Part B: sent ${sentOn}`,
    );
    expect(first?.summary).toContain('after 30 days');
    expect(first?.amount).toBe(22550);
  });

  it('is worked like any worklist item: assigned and noted', async () => {
    const [item] = await followUps();
    const assigned = await env.call('POST', `/worklists/${item?.id}/actions`, {
      action: 'assign',
      text: 'Call the payer',
      assignTo: await addColleague(env.db, env.api.orgId),
    });
    expect(assigned.status, assigned.text).toBe(200);
    const noted = await env.call('POST', `/worklists/${item?.id}/actions`, {
      action: 'note',
      text: 'Payer says in process, call back in 14 days',
    });
    expect((noted.body as { history: { action: string }[] }).history.map((h) => h.action)).toEqual([
      'assign',
      'note',
    ]);
  });

  it('resolves the item itself when the 835 arrives, and never opens it again', async () => {
    const [paid, waiting] = billed.claims;
    await importPartPayment(env.api, env.db, paid, {
      fileName: 'paid.835',
      payerClaimNumber: '22026079000900',
      trace: 'TRACE-FOLLOW',
      controlNumber: 61,
    });
    const open = await followUps();
    expect(open.map((i) => i.claimId)).toEqual([waiting?.id]);
    const [resolved] = await followUps('resolved');
    expect(resolved?.claimId).toBe(paid?.id);
    const history = (await env.call('GET', `/worklists/${resolved?.id}/history`)).body as {
      history: { action: string; text: string; actorId: string }[];
    };
    expect(history.history.at(-1)).toMatchObject({
      action: 'resolve',
      actorId: 'system:follow-up',
      text: 'The payer answered: the claim is now paid.',
    });
    env.api.today = addDays(sentOn, 90);
    expect((await env.call('POST', '/worklists/follow-up/refresh')).body).toEqual({
      opened: 0,
      resolved: 0,
    });
  });

  it('waits as long as the payer’s own follow-up days say', async () => {
    const payers = (await env.call('GET', '/payers')).body as { items: Record<string, unknown>[] };
    const payer = payers.items[0] ?? {};
    expect(payer.followUpDays).toBe(30);
    const { id, ...rest } = payer;
    const changed = await env.api.app.inject({
      method: 'PUT',
      url: `/payers/${String(id)}`,
      payload: { ...rest, followUpDays: 200 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(JSON.parse(changed.body)).toMatchObject({ followUpDays: 200 });
  });
});
