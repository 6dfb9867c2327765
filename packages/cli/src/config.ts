import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Runtime configuration, read once from the environment at the edge:
 * - `DATABASE_URL`: a PostgreSQL 15+ server; when unset, the embedded PGlite database is used.
 * - `MEDBILL_DATA_DIR`: where the embedded database (and later, stored files) live; default `./.medbill`.
 * - `PORT` / `HOST`: where the HTTP server listens; default 127.0.0.1:3000 (this machine only).
 * - `MEDBILL_CODESETS_DIR`: a folder of official code-set release files to load.
 * - `MEDBILL_PAYER_RULES_DIR`: a folder of payer rule files (docs/payer-rules.md).
 * - `MEDBILL_IDLE_TIMEOUT_MINUTES`: automatic sign-out after this long without activity; default 15.
 */
const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  MEDBILL_DATA_DIR: z.string().min(1).default('.medbill'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  MEDBILL_CODESETS_DIR: z.string().min(1).optional(),
  MEDBILL_PAYER_RULES_DIR: z.string().min(1).optional(),
  MEDBILL_IDLE_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
});

export interface Config {
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly codesetsDir?: string;
  readonly payerRulesDir?: string;
  readonly idleTimeoutMinutes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...(c.DATABASE_URL ? { databaseUrl: c.DATABASE_URL } : {}),
    dataDir: resolve(cwd, c.MEDBILL_DATA_DIR),
    port: c.PORT,
    host: c.HOST,
    idleTimeoutMinutes: c.MEDBILL_IDLE_TIMEOUT_MINUTES,
    ...(c.MEDBILL_CODESETS_DIR ? { codesetsDir: resolve(cwd, c.MEDBILL_CODESETS_DIR) } : {}),
    ...(c.MEDBILL_PAYER_RULES_DIR
      ? { payerRulesDir: resolve(cwd, c.MEDBILL_PAYER_RULES_DIR) }
      : {}),
  };
}

/** Where the database is, for messages: never prints a password. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${resolve(config.dataDir, 'db')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
