import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { defaultMigrationsDir, insertOrganization, migrate } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { buildApp } from '../src/app.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import { patientBody } from './fixtures.ts';

describe.each(databaseTargets().slice(0, 1))('request logs', (target) => {
  let db: Database;
  const lines: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    db = await target.open();
    await migrate(db, { dir: defaultMigrationsDir });
    const org = await insertOrganization(db, 'Log Billing', 'logs');
    app = await buildApp({
      db,
      version: 'test',
      today: () => isoDate('2026-03-10'),
      codeSets: new CodeSetCatalog(),
      logger: { stream: { write: (line) => lines.push(line) } },
      resolveContext: (request) => ({
        orgId: org.id,
        actor: { id: 'logger-test', name: 'Log test', roles: ['admin'] },
        requestId: request.id,
        ip: request.ip,
      }),
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('carry the route, never a patient’s name, birth date, search text or cookie', async () => {
    const patient = { ...patientBody, lastName: 'Quillfeather', dateOfBirth: '1961-07-19' };
    const created = await app.inject({
      method: 'POST',
      url: '/patients',
      headers: { cookie: 'medbill_session=secret-cookie-value' },
      payload: { patient },
    });
    expect(created.statusCode).toBe(201);
    await app.inject({ method: 'GET', url: '/patients?q=Quillfeather' });
    await app.inject({
      method: 'POST',
      url: '/patients',
      payload: { patient: { lastName: 'Quillfeather' } },
    });
    const log = lines.join('');
    expect(log).toContain('"route":"/patients"');
    for (const phi of ['Quillfeather', '1961-07-19', 'secret-cookie-value', 'q=']) {
      expect(log).not.toContain(phi);
    }
  });
});
