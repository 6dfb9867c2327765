import { z } from 'zod';
import { invalid, notFound } from '@medbill/core';
import type { Database, Queryable } from '@medbill/db';
import {
  actOnWorklistItem,
  getWorklistItem,
  listWorklist,
  worklistItemFacts,
  worklistNotes,
} from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import type { RequestContext } from '../request-context.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';
import type { CodeSetCatalog } from '../services/code-set-catalog.ts';
import type { ScrubOptions } from '../services/claim-scrubbing.ts';
import { checkedAssignee } from '../services/assignees.ts';
import { explainReasons } from '../services/denial-reasons.ts';
import { importEra } from '../services/era-import.ts';
import { postHeldProviderAdjustment } from '../services/held-provider-adjustment.ts';
import { postUnmatchedClaimPayment } from '../services/unmatched-claim-payment.ts';
import { postUnmatchedServiceLine } from '../services/unmatched-service-line.ts';
import { refreshFollowUps } from '../services/follow-up-refresh.ts';

const WORKLISTS = [
  'denial',
  'unmatched_remittance',
  'unmatched_acknowledgment',
  'rejection',
  'follow_up',
  'credit_balance',
  'secondary_correction',
] as const;

export function remittanceRoutes(
  app: ApiApp,
  db: Database,
  scrub: ScrubOptions,
  catalog: CodeSetCatalog,
): void {
  app.post(
    '/remittances',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Remittances'],
        summary:
          'Import an 835 and post it: payments, adjustments, patient responsibility, denials; once only, all or nothing',
        body: z.object({
          fileName: z.string().trim().min(1).max(200),
          content: z.string().min(1).max(50_000_000),
        }),
      },
    },
    async (request, reply) => {
      const result = await importEra(
        db,
        request.ctx,
        { name: request.body.fileName, text: request.body.content },
        scrub.today(),
        scrub,
      );
      await audit(db, request.ctx, {
        action: 'create',
        entity: 'remittance',
        entityId: result.fileId,
      });
      return reply.status(result.alreadyImported ? 200 : 201).send(result);
    },
  );

  /** A by-hand posting of what an imported 835 held: all or nothing, audited as its update. */
  const postOnRemittance = <T>(
    ctx: RequestContext,
    fileId: string,
    post: (tx: Queryable) => Promise<T>,
  ): Promise<T> =>
    db.transaction(async (tx) => {
      const posted = await post(tx);
      await audit(tx, ctx, { action: 'update', entity: 'remittance', entityId: fileId });
      return posted;
    });

  app.post(
    '/remittances/:id/claim-payments/:position/post',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Remittances'],
        summary:
          'Post a claim payment (CLP) the import could not match to the claim a biller names by number, as the import posts a matched one (entries, denials, status, next payer); resolves its unmatched-remittance worklist item',
        params: idParams.extend({ position: z.coerce.number().int().min(1).max(10_000_000) }),
        body: z.object({ claimNumber: z.string().trim().min(1).max(38) }),
      },
    },
    (request) =>
      postOnRemittance(request.ctx, request.params.id, (tx) =>
        postUnmatchedClaimPayment(
          tx,
          request.ctx,
          {
            fileId: request.params.id,
            position: request.params.position,
            claimNumber: request.body.claimNumber,
          },
          scrub.today(),
          scrub,
        ),
      ),
  );

  app.post(
    '/remittances/:id/claim-payments/:position/lines/:servicePosition/post',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Remittances'],
        summary:
          "Post a service line (SVC, by its place in the claim payment) the import left unmatched to the claim's billed line a biller chooses, as the import posts a matched line (payment, write-offs, patient share or denial; the claim's status and next payer over the whole claim payment); resolves its unmatched-remittance worklist item",
        params: idParams.extend({
          position: z.coerce.number().int().min(1).max(10_000_000),
          servicePosition: z.coerce.number().int().min(1).max(10_000),
        }),
        body: z.object({ serviceLineId: z.uuid() }),
      },
    },
    (request) =>
      postOnRemittance(request.ctx, request.params.id, (tx) =>
        postUnmatchedServiceLine(
          tx,
          request.ctx,
          {
            fileId: request.params.id,
            position: request.params.position,
            servicePosition: request.params.servicePosition,
            serviceLineId: request.body.serviceLineId,
          },
          scrub.today(),
          scrub,
        ),
      ),
  );

  app.post(
    '/remittances/:id/provider-adjustments/:position/post',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Remittances'],
        summary:
          'Post a provider-level adjustment (PLB) the import held (its payer was not identified) to the account of a payer on file, dated today; resolves its unmatched-remittance worklist item',
        params: idParams.extend({ position: z.coerce.number().int().min(1).max(100_000) }),
        body: z.object({ payerId: z.uuid() }),
      },
    },
    (request) =>
      postOnRemittance(request.ctx, request.params.id, (tx) =>
        postHeldProviderAdjustment(tx, request.ctx, {
          fileId: request.params.id,
          position: request.params.position,
          payerId: request.body.payerId,
          postedOn: scrub.today(),
        }),
      ),
  );

  app.post(
    '/worklists/follow-up/refresh',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Worklists'],
        summary:
          "Add sent claims with no answer after their payer's follow-up days to the follow-up worklist, and resolve the answered ones (idempotent)",
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const refreshed = await refreshFollowUps(tx, request.ctx.orgId, scrub.today());
        await audit(tx, request.ctx, { action: 'update', entity: 'worklist' });
        return refreshed;
      }),
  );

  app.get(
    '/worklists',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Worklists'],
        summary:
          'Work queue items: denials, unmatched remittance items, rejections, follow-up (brought up to date first), credit balances, secondary claims to correct',
        querystring: pageQuery.extend({
          kind: z.enum(WORKLISTS).optional(),
          status: z.enum(['open', 'resolved']).default('open'),
        }),
      },
    },
    async (request) => {
      const { limit, offset, kind, status } = request.query;
      if (kind === undefined || kind === 'follow_up')
        await db.transaction((tx) => refreshFollowUps(tx, request.ctx.orgId, scrub.today()));
      await audit(db, request.ctx, { action: 'search', entity: 'worklist' });
      const page = await listWorklist(
        db,
        request.ctx.orgId,
        { ...(kind ? { kind } : {}), status },
        { limit, offset },
      );
      // Each item with its claim, payer, age, patient, assignee and origin (read-only facts).
      const facts = await worklistItemFacts(
        db,
        request.ctx.orgId,
        page.items.map((item) => item.id),
        scrub.today(),
      );
      // Denials carry their CARC/RARC codes; the biller reads them in words.
      return {
        ...page,
        items: page.items.map((item) => ({
          ...item,
          ...facts.get(item.id),
          ...explainReasons(item.detail, catalog),
        })),
      };
    },
  );

  app.get(
    '/worklists/:id/history',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Worklists'],
        summary: 'What people did with a worklist item: assigned, noted, resolved, reopened',
        params: idParams,
      },
    },
    async (request) => {
      const item = await getWorklistItem(db, request.ctx.orgId, request.params.id);
      if (!item) throw notFound('worklist item', request.params.id);
      return { history: await worklistNotes(db, request.ctx.orgId, item.id) };
    },
  );

  app.post(
    '/worklists/:id/actions',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags: ['Worklists'],
        summary:
          'Assign (to an id from GET /users/assignable), note, resolve or reopen a worklist item (kept as its history)',
        params: idParams,
        body: z.object({
          action: z.enum(['assign', 'note', 'resolve', 'reopen']),
          text: z.string().trim().min(1).max(4000),
          assignTo: z.string().trim().min(1).max(200).optional(),
        }),
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const { action, text, assignTo } = request.body;
        if (action === 'assign' && !assignTo) {
          throw invalid('Say who the item is assigned to.', [
            { path: 'assignTo', code: 'required', message: 'required to assign' },
          ]);
        }
        if (action === 'assign' && assignTo) await checkedAssignee(tx, request.ctx.orgId, assignTo);
        const done = await actOnWorklistItem(tx, request.ctx.orgId, request.params.id, {
          action,
          text,
          actorId: request.ctx.actor.id,
          ...(assignTo ? { assignTo } : {}),
        });
        if (!done) throw notFound('worklist item', request.params.id);
        await audit(tx, request.ctx, {
          action: 'update',
          entity: 'worklist_item',
          entityId: request.params.id,
        });
        return { history: await worklistNotes(tx, request.ctx.orgId, request.params.id) };
      }),
  );
}
