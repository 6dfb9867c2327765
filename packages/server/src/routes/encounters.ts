import { z } from 'zod';
import { ENCOUNTER_STATUSES, encounterInput, notFound } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { getEncounter, listEncounters } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';
import { ownEncountersScope } from '../request-context.ts';
import { saveEncounter } from '../services/encounter-saving.ts';

const tags = ['Encounters'];

const encounterQuery = pageQuery.extend({
  patientId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  status: z.enum(ENCOUNTER_STATUSES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export function encounterRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/encounters',
    {
      config: { permission: 'encounters:read' },
      schema: {
        tags,
        summary: 'List encounters by patient, provider, status or dates',
        querystring: encounterQuery,
      },
    },
    async (request) => {
      const { limit, offset, patientId, status, from, to } = request.query;
      const providerId = ownEncountersScope(request.ctx) ?? request.query.providerId;
      const filter = {
        ...(patientId ? { patientId } : {}),
        ...(providerId ? { providerId } : {}),
        ...(status ? { status } : {}),
        ...(from ? { from: from as IsoDate } : {}),
        ...(to ? { to: to as IsoDate } : {}),
      };
      const page = await listEncounters(db, request.ctx.orgId, filter, { limit, offset });
      await audit(db, request.ctx, {
        action: 'search',
        entity: 'encounter',
        ...(patientId ? { patientId } : {}),
      });
      return page;
    },
  );

  app.post(
    '/encounters',
    {
      config: { permission: 'encounters:write' },
      schema: {
        tags,
        summary: 'Create an encounter with diagnoses and service lines',
        body: encounterInput,
      },
    },
    async (request, reply) => {
      const encounter = await db.transaction(async (tx) => {
        const saved = await saveEncounter(tx, request.ctx.orgId, request.body);
        await audit(tx, request.ctx, {
          action: 'create',
          entity: 'encounter',
          entityId: saved.id,
          patientId: saved.patientId,
        });
        return saved;
      });
      return reply.status(201).send(encounter);
    },
  );

  app.get(
    '/encounters/:id',
    {
      config: { permission: 'encounters:read' },
      schema: { tags, summary: 'Read an encounter', params: idParams },
    },
    async (request) => {
      const encounter = await getEncounter(db, request.ctx.orgId, request.params.id);
      const scope = ownEncountersScope(request.ctx);
      if (!encounter || (scope !== undefined && encounter.renderingProviderId !== scope)) {
        throw notFound('encounter', request.params.id);
      }
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'encounter',
        entityId: encounter.id,
        patientId: encounter.patientId,
      });
      return encounter;
    },
  );

  app.put(
    '/encounters/:id',
    {
      config: { permission: 'encounters:write' },
      schema: { tags, summary: 'Replace an encounter', params: idParams, body: encounterInput },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const saved = await saveEncounter(tx, request.ctx.orgId, request.body, request.params.id);
        await audit(tx, request.ctx, {
          action: 'update',
          entity: 'encounter',
          entityId: saved.id,
          patientId: saved.patientId,
        });
        return saved;
      }),
  );
}
