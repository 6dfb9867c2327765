import { describe, expect, it } from 'vitest';
import { describeDatabase, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./.medbill on 127.0.0.1:3000', () => {
    expect(loadConfig({}, '/home/biller')).toEqual({
      dataDir: '/home/biller/.medbill',
      port: 3000,
      host: '127.0.0.1',
      idleTimeoutMinutes: 15,
    });
  });

  it('reads the server URL, data folder, port and code-set folder', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://app:secret@db.internal:6543/medbill',
        MEDBILL_DATA_DIR: 'data',
        PORT: '8080',
        MEDBILL_CODESETS_DIR: '../shared/codesets',
      },
      '/srv/medbill',
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgres://app:secret@db.internal:6543/medbill',
      dataDir: '/srv/medbill/data',
      port: 8080,
      codesetsDir: '/srv/shared/codesets',
    });
    expect(describeDatabase(config)).toBe('PostgreSQL at db.internal:6543/medbill');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ MEDBILL_IDLE_TIMEOUT_MINUTES: '0' }, 'MEDBILL_IDLE_TIMEOUT_MINUTES'],
  ])('names the bad setting %o', (env, name) => {
    expect(() => loadConfig(env, '/')).toThrow(name);
  });
});

describe('loadConfig with empty variables', () => {
  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }, '/x')).toEqual({
      dataDir: '/x/.medbill',
      port: 3000,
      host: '127.0.0.1',
      idleTimeoutMinutes: 15,
    });
  });
});
