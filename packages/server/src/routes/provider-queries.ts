import { z } from 'zod';
import type { Database, ProviderQuery } from '@medbill/db';
import { listProviderQueries } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';
import { ownEncountersScope } from '../request-context.ts';
import { answerProvider, askProvider } from '../services/provider-queries.ts';

const tags = ['Provider queries'];
const text = z.string().trim().min(1).max(4000);

const audited = (query: ProviderQuery) => ({
  entity: 'provider_query',
  entityId: query.id,
  patientId: query.patientId,
});

/** Coders ask the rendering provider about documentation; providers answer from their queue. */
export function providerQueryRoutes(app: ApiApp, db: Database): void {
  app.post(
    '/encounters/:id/queries',
    {
      config: { permission: 'encounters:write' },
      schema: {
        tags,
        summary:
          "Ask the encounter's rendering provider a question; the encounter is held until answered",
        params: idParams,
        body: z.object({ question: text }),
      },
    },
    async (request, reply) => {
      const query = await db.transaction(async (tx) => {
        const asked = await askProvider(tx, request.ctx, request.params.id, request.body.question);
        await audit(tx, request.ctx, { action: 'create', ...audited(asked) });
        return asked;
      });
      return reply.status(201).send(query);
    },
  );

  app.get(
    '/provider-queries',
    {
      config: { permission: 'encounters:read' },
      schema: {
        tags,
        summary: "Questions to providers, oldest first (a provider's account sees its own)",
        querystring: pageQuery.extend({
          status: z.enum(['open', 'answered', 'all']).default('open'),
          encounterId: z.uuid().optional(),
          providerId: z.uuid().optional(),
        }),
      },
    },
    async (request) => {
      const { limit, offset, status, encounterId } = request.query;
      const providerId = ownEncountersScope(request.ctx) ?? request.query.providerId;
      await audit(db, request.ctx, { action: 'search', entity: 'provider_query' });
      return listProviderQueries(
        db,
        request.ctx.orgId,
        { providerId, encounterId, open: status === 'all' ? undefined : status === 'open' },
        { limit, offset },
      );
    },
  );

  app.post(
    '/provider-queries/:id/answer',
    {
      config: { permission: 'queries:answer' },
      schema: {
        tags,
        summary: 'Answer a question; the encounter is released when none is left open',
        params: idParams,
        body: z.object({ answer: text }),
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const answered = await answerProvider(
          tx,
          request.ctx,
          request.params.id,
          request.body.answer,
        );
        await audit(tx, request.ctx, { action: 'update', ...audited(answered) });
        return answered;
      }),
  );
}
