import { z } from 'zod';
import { ENCOUNTER_STATUSES, notFound } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Database, EncounterFilter, PageRequest, PageResult, Queryable } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, pageQuery } from '../api-app.ts';
import { ownEncountersScope } from '../request-context.ts';
import type { RequestContext } from '../request-context.ts';

const encounterQuery = pageQuery.extend({
  patientId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  status: z.enum(ENCOUNTER_STATUSES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

interface PatientRecord {
  readonly id: string;
  readonly patientId: string;
}

/** What sets one kind of encounter (professional, facility bill) apart in its routes. */
export interface EncounterResource<Input extends z.ZodType, Entity extends PatientRecord> {
  readonly path: string;
  readonly tag: string;
  /** The audit log's entity name. */
  readonly entity: string;
  /** The name a not-found problem uses. */
  readonly noun: string;
  readonly summaries: {
    readonly list: string;
    readonly create: string;
    readonly read: string;
    readonly replace: string;
  };
  readonly input: Input;
  readonly list: (
    q: Queryable,
    orgId: string,
    filter: EncounterFilter,
    page: PageRequest,
  ) => Promise<PageResult<Entity>>;
  readonly get: (q: Queryable, orgId: string, id: string) => Promise<Entity | undefined>;
  readonly save: (
    q: Queryable,
    orgId: string,
    input: z.output<Input>,
    id?: string,
  ) => Promise<Entity>;
  /** The provider whose own-encounters scope the record falls in (its `providerId` filter). */
  readonly providerOf: (entity: Entity) => string | undefined;
  /** A listed record as this caller may see it (what its roles may not read left out). */
  readonly listedFor?: (entity: Entity, ctx: RequestContext) => Entity;
}

/**
 * List, create, read and replace for an encounter kind, with the encounters' permissions; every
 * call is audited, and a provider account sees only the encounters it is the provider of.
 */
export function registerEncounterResource<Input extends z.ZodType, Entity extends PatientRecord>(
  app: ApiApp,
  db: Database,
  resource: EncounterResource<Input, Entity>,
): void {
  const { path, entity, noun, summaries } = resource;
  const tags = [resource.tag];
  const read = { permission: 'encounters:read' } as const;
  const write = { permission: 'encounters:write' } as const;
  /** Creates (no id) or replaces the record and audits the write, in one transaction. */
  const saveAudited = (ctx: RequestContext, input: z.output<Input>, id?: string) =>
    db.transaction(async (tx) => {
      const saved = await resource.save(tx, ctx.orgId, input, id);
      await audit(tx, ctx, {
        action: id === undefined ? 'create' : 'update',
        entity,
        entityId: saved.id,
        patientId: saved.patientId,
      });
      return saved;
    });

  app.get(
    path,
    { config: read, schema: { tags, summary: summaries.list, querystring: encounterQuery } },
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
      const page = await resource.list(db, request.ctx.orgId, filter, { limit, offset });
      await audit(db, request.ctx, {
        action: 'search',
        entity,
        ...(patientId ? { patientId } : {}),
      });
      const { listedFor } = resource;
      return listedFor
        ? { ...page, items: page.items.map((item) => listedFor(item, request.ctx)) }
        : page;
    },
  );

  app.post(
    path,
    { config: write, schema: { tags, summary: summaries.create, body: resource.input } },
    async (request, reply) => {
      const created = await saveAudited(request.ctx, request.body as z.output<Input>);
      return reply.status(201).send(created);
    },
  );

  app.get(
    `${path}/:id`,
    { config: read, schema: { tags, summary: summaries.read, params: idParams } },
    async (request) => {
      const found = await resource.get(db, request.ctx.orgId, request.params.id);
      const scope = ownEncountersScope(request.ctx);
      if (!found || (scope !== undefined && resource.providerOf(found) !== scope))
        throw notFound(noun, request.params.id);
      await audit(db, request.ctx, {
        action: 'read',
        entity,
        entityId: found.id,
        patientId: found.patientId,
      });
      return found;
    },
  );

  app.put(
    `${path}/:id`,
    {
      config: write,
      schema: { tags, summary: summaries.replace, params: idParams, body: resource.input },
    },
    async (request) => saveAudited(request.ctx, request.body as z.output<Input>, request.params.id),
  );
}
