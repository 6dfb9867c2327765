import { z } from 'zod';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { CMS1500_MODES } from '../forms/cms1500/modes.ts';
import { claimFormFileName, renderClaimForm } from '../services/claim-form-rendering.ts';

export function claimFormRoutes(app: ApiApp, db: Database, today: () => IsoDate): void {
  app.get(
    '/claims/:id/cms1500.pdf',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Claims'],
        summary:
          'The claim as a CMS-1500 (02/12) PDF: the form drawn (plain) or the data alone for the pre-printed red form (red)',
        params: idParams,
        querystring: z.object({ form: z.enum(CMS1500_MODES).default('plain') }),
      },
    },
    async (request, reply) => {
      const mode = request.query.form;
      const { claim, pdf } = await renderClaimForm(
        db,
        request.ctx.orgId,
        request.params.id,
        mode,
        today(),
      );
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'claim',
        entityId: claim.id,
        patientId: claim.patientId,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${claimFormFileName(claim, mode)}"`)
        .send(Buffer.from(pdf));
    },
  );
}
