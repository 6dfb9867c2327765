import { z } from 'zod';
import { notFound } from '@medbill/core';
import type { Database } from '@medbill/db';
import { batchFile, getBatch, listBatches } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';
import { batchReadyClaims } from '../services/claim-batching.ts';

const tags = ['Batches'];

export function batchRoutes(app: ApiApp, db: Database): void {
  app.post(
    '/batches',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags,
        summary: 'Put ready claims (all of them, or those named) into 837P files, one per receiver',
        body: z.object({ claimIds: z.array(z.uuid()).min(1).max(5000).optional() }),
      },
    },
    async (request, reply) => {
      const result = await db.transaction(async (tx) => {
        const made = await batchReadyClaims(
          tx,
          request.ctx,
          request.body.claimIds ?? 'all-ready',
          new Date(),
        );
        await audit(tx, request.ctx, { action: 'create', entity: 'batch' });
        return made;
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/batches',
    {
      config: { permission: 'claims:read' },
      schema: { tags, summary: 'List submission batches', querystring: pageQuery },
    },
    async (request) => {
      await audit(db, request.ctx, { action: 'search', entity: 'batch' });
      return listBatches(db, request.ctx.orgId, request.query);
    },
  );

  app.get(
    '/batches/:id',
    {
      config: { permission: 'claims:read' },
      schema: { tags, summary: 'A batch with its claims', params: idParams },
    },
    async (request) => {
      const batch = await getBatch(db, request.ctx.orgId, request.params.id);
      if (!batch) throw notFound('batch', request.params.id);
      await audit(db, request.ctx, { action: 'read', entity: 'batch', entityId: batch.id });
      return batch;
    },
  );

  app.get(
    '/batches/:id/file',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags,
        summary: 'The 837 file exactly as it was made (never regenerated)',
        params: idParams,
      },
    },
    async (request, reply) => {
      const file = await batchFile(db, request.ctx.orgId, request.params.id);
      if (!file) throw notFound('batch', request.params.id);
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'batch',
        entityId: request.params.id,
      });
      return reply
        .type('application/edi-x12')
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.text);
    },
  );
}
