import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { insertUser, updateUser } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { startSignedInApi } from './signed-in-app.ts';
import type { Browser, SignedInApi } from './signed-in-app.ts';

describe.each(databaseTargets().slice(0, 1))('colleagues a work item can go to', (target) => {
  let db: Database;
  let api: SignedInApi;

  beforeAll(async () => {
    db = await target.open();
    api = await startSignedInApi(db);
    // A second biller who left: disabled accounts take no new work.
    const gone = await insertUser(db, api.orgId, {
      email: `gone-${Math.random().toString(36).slice(2, 8)}@a.test`,
      name: 'Aaron Left',
      roles: ['biller'],
      passwordHash: 'x',
    });
    await updateUser(db, api.orgId, gone.id, { disabled: true });
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const get = (browser: Browser) =>
    api.app.inject({
      method: 'GET',
      url: '/users/assignable',
      headers: { cookie: browser.cookie },
    });

  it('lists the active accounts of the caller’s organization that may act on claims, id and name only', async () => {
    const response = await get(await api.signIn('manager@a.test'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      items: [
        { id: api.userIds['admin@a.test'], name: 'admin user' },
        { id: api.userIds['biller@a.test'], name: 'biller user' },
      ],
    });
    expect(response.body).not.toMatch(/@|roles|disabled|argon/);
  });

  it('is refused to roles that do not read the work queues', async () => {
    expect((await get(await api.signIn('front_desk@a.test'))).statusCode).toBe(403);
  });
});
