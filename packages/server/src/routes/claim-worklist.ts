import { z } from 'zod';
import { CLAIM_STATUSES } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { listClaimWorklist } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, pageQuery } from '../api-app.ts';

const worklistQuery = pageQuery.extend({
  status: z.enum(CLAIM_STATUSES).optional(),
  payerId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  ruleId: z
    .string()
    .regex(/^[A-Z0-9-]+$/)
    .optional(),
  minAgeDays: z.coerce.number().int().min(0).optional(),
  maxAgeDays: z.coerce.number().int().min(0).optional(),
  q: z.string().trim().min(1).max(60).optional(),
});

/**
 * The billers' claims worklist: a page of claims with patient, payer and provider names, age and
 * scrub summary, filtered on the server so that a list of 10,000 claims stays fast.
 */
export function claimWorklistRoutes(app: ApiApp, db: Database, today: () => IsoDate): void {
  app.get(
    '/claim-worklist',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Claims'],
        summary:
          'Claims worklist: filter by status, payer, provider, age, scrub rule, claim number or patient',
        querystring: worklistQuery,
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const page = await listClaimWorklist(
        db,
        request.ctx.orgId,
        today(),
        Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
        { limit, offset },
      );
      await audit(db, request.ctx, { action: 'search', entity: 'claim' });
      return page;
    },
  );
}
