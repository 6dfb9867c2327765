import {
  notFound,
  payerAccountLineId,
  payerAccountSummary,
  providerAdjustmentReason,
  reconcileRemittance,
  remittanceLedgerMoney,
} from '@medbill/core';
import type { Cents } from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  getRemittanceFile,
  ledgerEntriesFor,
  ledgerEntriesOfSource,
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
          "What an 835 posted: each claim payment, matched or not, with the entries per service line; its provider-level adjustments (PLB), posted to the payer's account; how it reconciles to the deposit, in the file and in the ledger; and the payer's account over every file",
        params: idParams,
      },
    },
    async (request) => {
      const { orgId } = request.ctx;
      const file = await getRemittanceFile(db, orgId, request.params.id);
      if (!file) throw notFound('remittance', request.params.id);
      const [claims, adjustments, posted] = await Promise.all([
        remittancePosting(db, orgId, file.id),
        remittanceProviderAdjustments(db, orgId, file.id),
        ledgerEntriesOfSource(db, orgId, `era:${file.id}`),
      ]);
      const payers = new Map(
        adjustments.flatMap((a) => (a.postedTo ? [[a.postedTo.payerId, a.postedTo]] : [])),
      );
      const payerAccounts = await Promise.all(
        [...payers.values()].map(async (payer) => ({
          ...payer,
          ...payerAccountSummary(
            await ledgerEntriesFor(db, orgId, [payerAccountLineId(payer.payerId)]),
          ),
        })),
      );
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
        reconciliation: {
          claimPayments,
          providerAdjustments,
          payment,
          balanced,
          // What the ledger holds from this file: the deposit once every claim payment posted.
          ledger: remittanceLedgerMoney(posted.entries, posted.byId),
        },
        payerAccounts,
      };
    },
  );
}
