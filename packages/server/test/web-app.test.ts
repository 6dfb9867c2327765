import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { isoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { buildApp } from '../src/app.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';

describe('the built workspace under /app/', () => {
  let db: Database;
  let app: FastifyInstance;
  const root = mkdtempSync(join(tmpdir(), 'medbill-web-'));

  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    const pglite = databaseTargets()[0];
    if (!pglite) throw new Error('no PGlite target');
    db = await pglite.open();
    app = await buildApp({
      db,
      version: 'test',
      today: () => isoDate('2026-03-10'),
      codeSets: new CodeSetCatalog(),
      webRoot: root,
    });
  });

  afterAll(async () => {
    await app.close();
    await db.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends / to the app', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/app/');
  });

  it('serves hashed assets for a year and index.html for every deep link', async () => {
    const asset = await app.inject({ url: '/app/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');

    for (const url of ['/app/', '/app/claims/123', '/app/assets/missing.js']) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('<div id="root">');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('never serves a file outside the build', async () => {
    const response = await app.inject({ url: '/app/..%2f..%2fpackage.json' });
    expect(response.body).not.toContain('"name"');
  });

  it('keeps the API behind sign-in', async () => {
    expect((await app.inject({ url: '/claims' })).statusCode).toBe(401);
  });
});
