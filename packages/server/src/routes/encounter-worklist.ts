import { z } from 'zod';
import { ENCOUNTER_STATUSES } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { listEncounterWorklist } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, pageQuery } from '../api-app.ts';

/** The coders' queue: encounters with patient and provider names and their codes so far. */
export function encounterWorklistRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/encounter-worklist',
    {
      config: { permission: 'encounters:read' },
      schema: {
        tags: ['Encounters'],
        summary: 'Coding queue: encounters by status, provider, dates, patient or account',
        querystring: pageQuery.extend({
          status: z.enum(ENCOUNTER_STATUSES).optional(),
          providerId: z.uuid().optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          q: z.string().trim().min(1).max(60).optional(),
        }),
      },
    },
    async (request) => {
      const { limit, offset, status, providerId, from, to, q } = request.query;
      const page = await listEncounterWorklist(
        db,
        request.ctx.orgId,
        {
          ...(status ? { status } : {}),
          ...(providerId ? { providerId } : {}),
          ...(from ? { from: from as IsoDate } : {}),
          ...(to ? { to: to as IsoDate } : {}),
          ...(q ? { q } : {}),
        },
        { limit, offset },
      );
      await audit(db, request.ctx, { action: 'search', entity: 'encounter' });
      return page;
    },
  );
}
