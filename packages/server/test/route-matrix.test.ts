import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES } from '@medbill/core';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import type { RouteEntry } from '../src/app.ts';
import { startSignedInApi } from './signed-in-app.ts';
import type { Browser, SignedInApi } from './signed-in-app.ts';

/** A URL for a route pattern: ids that exist nowhere (the permission is checked before lookup). */
const concrete = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) =>
    /id$/i.test(name) ? '00000000-0000-4000-8000-000000000000' : 'X',
  );

describe.each(databaseTargets().slice(0, 1))('every route against every role', (target) => {
  let db: Database;
  let api: SignedInApi;
  const browsers = new Map<string, Browser>();
  let routes: RouteEntry[];

  beforeAll(async () => {
    db = await target.open();
    api = await startSignedInApi(db);
    for (const role of ROLES) browsers.set(role, await api.signIn(`${role}@a.test`));
    routes = api.app.routeTable.filter(
      (r) => r.method !== 'HEAD' && !r.url.startsWith('/docs') && r.url !== '*',
    );
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const send = (route: RouteEntry, browser?: Browser) =>
    api.app.inject({
      method: route.method as 'GET',
      url: concrete(route.url),
      headers: browser ? { cookie: browser.cookie, 'x-csrf-token': browser.csrfToken } : {},
      ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
    });

  it('knows the routes and every one declares a permission', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.permission === 'public').map((r) => r.url)).toEqual(
      expect.arrayContaining(['/health', '/auth/login']),
    );
  });

  it('answers 401 to an anonymous caller on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.permission !== 'public')) {
      const response = await send(route);
      if (response.statusCode !== 401)
        wrong.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every role the route does not allow, and lets the others through', async () => {
    const wrong: string[] = [];
    let refusals = 0;
    for (const route of routes) {
      if (route.permission === 'public' || route.permission === 'signed_in') continue;
      for (const role of ROLES) {
        const response = await send(route, browsers.get(role));
        const allowed = can([role], route.permission);
        if (!allowed) refusals += 1;
        const refused = response.statusCode === 403;
        if (allowed === refused || response.statusCode >= 500) {
          wrong.push(`${role} ${route.method} ${route.url} → ${response.statusCode}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refusals).toBeGreaterThan(50);
  });
});
