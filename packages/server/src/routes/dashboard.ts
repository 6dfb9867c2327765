import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { arAging, openWorklistCounts, todaysActivity } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { refreshFollowUps } from '../services/follow-up-refresh.ts';

/** The day at a glance: open work per queue, A/R aging by payer and bucket, today's activity. */
export function dashboardRoutes(app: ApiApp, db: Database, today: () => IsoDate): void {
  app.get(
    '/dashboard',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Reports'],
        summary: 'Open work per queue, A/R aging by payer and age bucket, and today’s activity',
      },
    },
    async (request) => {
      const day = today();
      await db.transaction((tx) => refreshFollowUps(tx, request.ctx.orgId, day));
      const [queues, aging, activity] = await Promise.all([
        openWorklistCounts(db, request.ctx.orgId),
        arAging(db, request.ctx.orgId, day),
        todaysActivity(db, request.ctx.orgId, day),
      ]);
      return { today: day, queues, aging, activity };
    },
  );
}
