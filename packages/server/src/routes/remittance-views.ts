import { notFound, providerAdjustmentReason, reconcileRemittance } from '@medbill/core';
import type { Cents } from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  getRemittanceFile,
  listRemittanceFiles,
  remittancePosting,
  remittanceProviderAdjustments,
} from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';

const tags = ['Remittances'];

/** The 835s imported and, for one, what it posted on each claim and line. */
export function remittanceViewRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/remittances',
    {
      config: { permission: 'claims:read' },
      schema: { tags, summary: 'The 835 files imported, newest first', querystring: pageQuery },
    },
    (request) => listRemittanceFiles(db, request.ctx.orgId, request.query),
  );

  app.get(
    '/remittances/:id',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags,
        summary:
          'What an 835 posted: each claim payment, matched or not, with the entries per service line; its provider-level adjustments (PLB); and how it reconciles to the deposit',
        params: idParams,
      },
    },
    async (request) => {
      const file = await getRemittanceFile(db, request.ctx.orgId, request.params.id);
      if (!file) throw notFound('remittance', request.params.id);
      const [claims, adjustments] = await Promise.all([
        remittancePosting(db, request.ctx.orgId, file.id),
        remittanceProviderAdjustments(db, request.ctx.orgId, file.id),
      ]);
      await audit(db, request.ctx, { action: 'read', entity: 'remittance', entityId: file.id });
      const { claimPayments, providerAdjustments, payment, balanced } = reconcileRemittance(
        claims.map((c) => c.paid as Cents),
        adjustments.map((a) => ({ reason: a.reason, amount: a.amount as Cents })),
        file.payment as Cents,
      );
      return {
        ...file,
        claimPayments: claims,
        providerAdjustments: adjustments.map((a) => ({
          ...a,
          reasonText: providerAdjustmentReason(a.reason),
        })),
        reconciliation: { claimPayments, providerAdjustments, payment, balanced },
      };
    },
  );
}
