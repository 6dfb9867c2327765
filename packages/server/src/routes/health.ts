import { z } from 'zod';
import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';

export function healthRoutes(app: ApiApp, db: Database, version: string): void {
  app.get(
    '/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['System'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.enum(['pglite', 'postgres']),
          }),
        },
      },
    },
    async () => {
      await db.query('select 1');
      return { status: 'ok' as const, version, database: db.kind };
    },
  );
}
