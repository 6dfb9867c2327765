import { z } from 'zod';
import type { Database } from '@medbill/db';
import { listAudit, verifyAuditChain } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { pageQuery } from '../api-app.ts';

const auditItem = z.object({
  seq: z.number().int(),
  at: z.date(),
  actorId: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  patientId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});

/** The audit trail, for admins (`audit:read`). */
export function auditRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['Audit'],
        summary:
          'Who read or changed what, newest first, filtered by actor, patient, entity, action, time',
        querystring: pageQuery.extend({
          actorId: z.string().max(100).optional(),
          patientId: z.uuid().optional(),
          entity: z.string().max(50).optional(),
          action: z.string().max(50).optional(),
          from: z.coerce.date().optional(),
          to: z.coerce.date().optional(),
        }),
        response: {
          200: z.object({
            items: z.array(auditItem),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listAudit(db, request.ctx.orgId, filter, { limit, offset });
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['Audit'],
        summary:
          "Recompute the audit trail's hash chain: proves no row was edited, inserted or removed",
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            headHash: z.string().nullable(),
            firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async (request) => verifyAuditChain(db, request.ctx.orgId),
  );
}
