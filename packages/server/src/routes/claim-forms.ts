import { z } from 'zod';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { CMS1500_MODES } from '../forms/cms1500/modes.ts';
import {
  claimFormFileName,
  renderClaimForm,
  renderUb04,
} from '../services/claim-form-rendering.ts';
import type { ClaimFormName } from '../services/claim-form-rendering.ts';

const FORMS: Record<ClaimFormName, { summary: string; render: typeof renderClaimForm }> = {
  cms1500: {
    summary:
      'A professional claim as a CMS-1500 (02/12) PDF: the form drawn (plain) or the data alone for the pre-printed red form (red)',
    render: renderClaimForm,
  },
  ub04: {
    summary:
      'An institutional claim as a UB-04 (CMS-1450) PDF: the form drawn (plain) or the data alone for the pre-printed red form (red)',
    render: renderUb04,
  },
};

export function claimFormRoutes(app: ApiApp, db: Database, today: () => IsoDate): void {
  for (const [form, { summary, render }] of Object.entries(FORMS) as [
    ClaimFormName,
    (typeof FORMS)[ClaimFormName],
  ][]) {
    app.get(
      `/claims/:id/${form}.pdf`,
      {
        config: { permission: 'claims:read' },
        schema: {
          tags: ['Claims'],
          summary,
          params: idParams,
          querystring: z.object({ form: z.enum(CMS1500_MODES).default('plain') }),
        },
      },
      async (request, reply) => {
        const mode = request.query.form;
        const { claim, pdf } = await render(
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
          .header(
            'content-disposition',
            `inline; filename="${claimFormFileName(claim, mode, form)}"`,
          )
          .send(Buffer.from(pdf));
      },
    );
  }
}
