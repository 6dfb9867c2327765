import { z } from 'zod';
import { CLAIM_STATUSES, notFound } from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  claimEvents,
  claimLines,
  claimLineServices,
  getClaim,
  ledgerEntriesFor,
  listClaims,
  nextVersionOf,
  priorPayersOf,
  scrubIssuesFor,
} from '@medbill/db';
import { Balances } from '@medbill/core';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';
import { buildClaimsFor } from '../services/claim-building.ts';
import { scrubStoredClaim } from '../services/claim-scrubbing.ts';
import type { ScrubOptions } from '../services/claim-scrubbing.ts';

const tags = ['Claims'];

const claimQuery = pageQuery.extend({
  status: z.enum(CLAIM_STATUSES).optional(),
  payerId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  ruleId: z
    .string()
    .regex(/^[A-Z0-9-]+$/)
    .optional(),
});

export function claimRoutes(app: ApiApp, db: Database, scrub: ScrubOptions): void {
  claimScrubRoute(app, db, scrub);
  app.post(
    '/claims/build',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags,
        summary: 'Build draft claims from encounters (all unbilled ones when no ids are given)',
        body: z.object({ encounterIds: z.array(z.uuid()).min(1).max(1000).optional() }),
      },
    },
    async (request, reply) => {
      const result = await db.transaction(async (tx) => {
        const built = await buildClaimsFor(
          tx,
          request.ctx,
          request.body.encounterIds ?? 'all-unbilled',
          scrub,
        );
        await audit(tx, request.ctx, { action: 'create', entity: 'claim' });
        return built;
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/claims',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags,
        summary: 'List claims by status, payer, patient or provider',
        querystring: claimQuery,
      },
    },
    async (request) => {
      const { limit, offset, status, payerId, patientId, providerId, ruleId } = request.query;
      const page = await listClaims(
        db,
        request.ctx.orgId,
        {
          ...(status ? { status } : {}),
          ...(payerId ? { payerId } : {}),
          ...(patientId ? { patientId } : {}),
          ...(providerId ? { renderingProviderId: providerId } : {}),
          ...(ruleId ? { ruleId } : {}),
        },
        { limit, offset },
      );
      await audit(db, request.ctx, {
        action: 'search',
        entity: 'claim',
        ...(patientId ? { patientId } : {}),
      });
      return page;
    },
  );

  app.get(
    '/claims/:id',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags,
        summary:
          'Read a claim with its lines (each with the service it bills), history, balances, the version that replaced it and the earlier payers it carries',
        params: idParams,
      },
    },
    async (request) => {
      const claim = await getClaim(db, request.ctx.orgId, request.params.id);
      if (!claim) throw notFound('claim', request.params.id);
      const [lines, services, events, issues, next, priorPayers] = await Promise.all([
        claimLines(db, request.ctx.orgId, claim.id),
        claimLineServices(db, request.ctx.orgId, claim.id),
        claimEvents(db, request.ctx.orgId, claim.id),
        scrubIssuesFor(db, request.ctx.orgId, claim.id),
        nextVersionOf(db, request.ctx.orgId, claim.id),
        priorPayersOf(db, request.ctx.orgId, claim.id),
      ]);
      const entries = await ledgerEntriesFor(
        db,
        request.ctx.orgId,
        lines.map((l) => l.serviceLineId),
      );
      const balances = Balances.of(entries);
      const serviceBySequence = new Map(
        services.map(({ sequence, ...service }) => [sequence, service]),
      );
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'claim',
        entityId: claim.id,
        patientId: claim.patientId,
      });
      return {
        ...claim,
        lines: lines.map((l) => {
          const billed = serviceBySequence.get(l.sequence);
          return {
            ...l,
            ...(billed ? { service: billed } : {}),
            balance: balances.lineBalance(l.serviceLineId),
          };
        }),
        events,
        issues,
        ...(next
          ? {
              replacedBy: { id: next.id, claimNumber: next.claimNumber, frequency: next.frequency },
            }
          : {}),
        priorPayers,
        balance: balances.total(lines.map((l) => l.serviceLineId)),
        payerBalance: balances.total(
          lines.map((l) => l.serviceLineId),
          { kind: 'payer', coverageId: claim.coverageId },
        ),
      };
    },
  );
}

export function claimScrubRoute(app: ApiApp, db: Database, scrub: ScrubOptions): void {
  app.post(
    '/claims/:id/scrub',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags,
        summary: 'Scrub a claim: every finding, stored with the claim',
        params: idParams,
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const outcome = await scrubStoredClaim(tx, request.ctx, request.params.id, scrub);
        await audit(tx, request.ctx, {
          action: 'update',
          entity: 'claim',
          entityId: outcome.claimId,
        });
        return outcome;
      }),
  );
}
