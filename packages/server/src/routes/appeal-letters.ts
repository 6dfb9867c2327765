import { z } from 'zod';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { actOnWorklistItem } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { draftAppealLetter, loadDenial } from '../services/appeal-letters.ts';
import type { CodeSetCatalog } from '../services/code-set-catalog.ts';

const tags = ['Worklists'];

/** Appeal letters for denials: a draft to edit, then the PDF to print and send. */
export function appealLetterRoutes(
  app: ApiApp,
  db: Database,
  catalog: CodeSetCatalog,
  today: () => IsoDate,
): void {
  app.get(
    '/worklists/:id/appeal-letter',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags,
        summary: 'Draft a request for reconsideration of a denial (text to edit before printing)',
        params: idParams,
        response: { 200: z.object({ text: z.string(), claimNumber: z.string() }) },
      },
    },
    async (request) => {
      const draft = await draftAppealLetter(
        db,
        request.ctx.orgId,
        request.params.id,
        catalog,
        today(),
      );
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'appeal_letter',
        entityId: request.params.id,
        patientId: draft.patientId,
      });
      return draft;
    },
  );

  app.post(
    '/worklists/:id/appeal-letter.pdf',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags,
        summary: 'Print the (edited) appeal letter as PDF; the denial item notes that it was sent',
        params: idParams,
        body: z.object({ text: z.string().trim().min(20).max(20_000) }),
      },
    },
    async (request, reply) => {
      const { claim } = await loadDenial(db, request.ctx.orgId, request.params.id);
      // pdf-lib loads when the first letter is printed, not at server start.
      const { writeLetterPdf } = await import('../forms/letters/letter-pdf.ts');
      const pdf = await writeLetterPdf(request.body.text, `Appeal ${claim.claimNumber}`);
      await db.transaction(async (tx) => {
        await actOnWorklistItem(tx, request.ctx.orgId, request.params.id, {
          action: 'note',
          text: `Appeal letter printed for claim ${claim.claimNumber}.`,
          actorId: request.ctx.actor.id,
        });
        await audit(tx, request.ctx, {
          action: 'create',
          entity: 'appeal_letter',
          entityId: request.params.id,
          patientId: claim.patientId,
        });
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="appeal-${claim.claimNumber}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );
}
