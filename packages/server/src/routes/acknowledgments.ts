import { z } from 'zod';
import { notFound } from '@medbill/core';
import type { Database } from '@medbill/db';
import { batchAcknowledgments, getBatch } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { importAcknowledgment } from '../services/ack-import.ts';

const fileName = z.string().trim().min(1).max(200);

export function acknowledgmentRoutes(app: ApiApp, db: Database): void {
  app.post(
    '/acknowledgments',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Acknowledgments'],
        summary:
          'Import a 999 or 277CA (raw X12 text, or JSON { fileName, content }): accept or reject the batches and claims it answers; once only, all or nothing',
        querystring: z.object({ fileName: fileName.optional() }),
        body: z.union([
          z.string().min(1).max(50_000_000),
          z.object({ fileName: fileName.optional(), content: z.string().min(1).max(50_000_000) }),
        ]),
      },
    },
    async (request, reply) => {
      const body = request.body;
      const text = typeof body === 'string' ? body : body.content;
      const name =
        (typeof body === 'string' ? undefined : body.fileName) ??
        request.query.fileName ??
        'acknowledgment.x12';
      const result = await importAcknowledgment(db, request.ctx, { name, text });
      await audit(db, request.ctx, {
        action: 'create',
        entity: 'acknowledgment',
        entityId: result.fileId,
      });
      return reply.status(result.alreadyImported ? 200 : 201).send(result);
    },
  );

  app.get(
    '/batches/:id/acknowledgments',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Acknowledgments'],
        summary:
          'What the 999s said about a batch: each transaction set accepted or rejected, with the errors in words',
        params: idParams,
      },
    },
    async (request) => {
      if (!(await getBatch(db, request.ctx.orgId, request.params.id)))
        throw notFound('batch', request.params.id);
      return { items: await batchAcknowledgments(db, request.ctx.orgId, request.params.id) };
    },
  );
}
