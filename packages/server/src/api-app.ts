import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Queryable, AuditEvent } from '@medbill/db';
import { appendAudit } from '@medbill/db';
import type { RequestContext } from './request-context.ts';

export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export const idParams = z.object({ id: z.uuid() });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const searchQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
});

/** Records a read or write of patient data on behalf of the request's actor. */
export async function audit(
  q: Queryable,
  ctx: RequestContext,
  event: Omit<AuditEvent, 'orgId' | 'actorId' | 'requestId' | 'ip'>,
): Promise<void> {
  await appendAudit(q, {
    ...event,
    orgId: ctx.orgId,
    actorId: ctx.actor.id,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}
