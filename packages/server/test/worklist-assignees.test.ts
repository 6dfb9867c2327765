import { beforeAll, expect, it } from 'vitest';
import { addWorklistItem, insertUser, updateUser } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { addColleague } from './colleague.ts';
import { describeWithApi } from './test-app.ts';

interface Item {
  id: string;
  assignedTo?: { id?: string; name: string };
}

describeWithApi(
  'who a work item can be assigned to on $name',
  (env) => {
    let item: Item;
    const items = async () =>
      ((await env.call('GET', '/worklists?kind=denial')).body as { items: Item[] }).items;
    const assign = (assignTo: string) =>
      env.call('POST', `/worklists/${item.id}/actions`, {
        action: 'assign',
        text: 'Yours',
        assignTo,
      });

    beforeAll(async () => {
      await addWorklistItem(env.db, env.api.orgId, {
        kind: 'denial',
        source: 'test',
        summary: 'Medicare denied a line of claim 1 (CO-97)',
        detail: {},
      });
      const [found] = await items();
      if (!found) throw new Error('the item was not listed');
      item = found;
    });

    const account = async (orgId: string, roles: ('biller' | 'front_desk')[]) =>
      (
        await insertUser(env.db, orgId, {
          email: `someone-${Math.random().toString(36).slice(2, 8)}@assign.test`,
          name: 'Someone',
          roles,
          passwordHash: 'x',
        })
      ).id;

    it.each([
      ['a name typed in', () => Promise.resolve('front office')],
      ['a colleague of another organization', () => account(env.api.otherOrgId, ['biller'])],
      ['an account that does not work claims', () => account(env.api.orgId, ['front_desk'])],
      [
        'a disabled account',
        async () => {
          const id = await account(env.api.orgId, ['biller']);
          await updateUser(env.db, env.api.orgId, id, { disabled: true });
          return id;
        },
      ],
    ])('refuses %s with a located problem, changing nothing', async (_, who) => {
      const assignTo = await who();
      const refused = await assign(assignTo);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          path: 'assignTo',
          message: `no active user '${assignTo}' in this organization can be assigned`,
        }),
      ]);
      expect((await items())[0]?.assignedTo).toBeUndefined();
      const history = (await env.call('GET', `/worklists/${item.id}/history`)).body as {
        history: unknown[];
      };
      expect(history.history).toEqual([]);
    });

    it('assigns a colleague picked from GET /users/assignable', async () => {
      const id = await addColleague(env.db, env.api.orgId, 'Pat Okafor');
      const assignable = (await env.call('GET', '/users/assignable')).body as {
        items: { id: string; name: string }[];
      };
      expect(assignable.items).toContainEqual({ id, name: 'Pat Okafor' });
      const done = await assign(id);
      expect(done.status, done.text).toBe(200);
      expect((await items())[0]?.assignedTo).toEqual({ id, name: 'Pat Okafor' });
    });
  },
  databaseTargets().slice(0, 1),
);
