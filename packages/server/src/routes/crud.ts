import type { z } from 'zod';
import { notFound } from '@medbill/core';
import type { Permission } from '@medbill/core';
import type { Database, TableRepository } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { idParams, searchQuery } from '../api-app.ts';

export interface CrudResource<Schema extends z.ZodType, Entity> {
  readonly path: string;
  readonly tag: string;
  readonly noun: string;
  readonly input: Schema;
  readonly repository: TableRepository<z.output<Schema>, Entity>;
  readonly read: Permission;
  readonly write: Permission;
}

/** List, search, create, read, replace and delete for a setup table (practices, payers, …). */
export function registerCrud<Schema extends z.ZodType, Entity>(
  app: ApiApp,
  db: Database,
  resource: CrudResource<Schema, Entity>,
): void {
  const { path, tag, noun, repository } = resource;
  const tags = [tag];
  const read = { permission: resource.read };
  const write = { permission: resource.write };

  app.get(
    path,
    {
      config: read,
      schema: { tags, summary: `List or search ${tag.toLowerCase()}`, querystring: searchQuery },
    },
    (request) => repository.list(db, request.ctx.orgId, request.query, request.query.q),
  );

  app.post(
    path,
    { config: write, schema: { tags, summary: `Create a ${noun}`, body: resource.input } },
    async (request, reply) => {
      const created = await repository.insert(
        db,
        request.ctx.orgId,
        request.body as z.output<Schema>,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    `${path}/:id`,
    { config: read, schema: { tags, summary: `Read a ${noun}`, params: idParams } },
    async (request) => {
      const found = await repository.get(db, request.ctx.orgId, request.params.id);
      if (!found) throw notFound(noun, request.params.id);
      return found;
    },
  );

  app.put(
    `${path}/:id`,
    {
      config: write,
      schema: { tags, summary: `Replace a ${noun}`, params: idParams, body: resource.input },
    },
    async (request) => {
      const updated = await repository.update(
        db,
        request.ctx.orgId,
        request.params.id,
        request.body as z.output<Schema>,
      );
      if (!updated) throw notFound(noun, request.params.id);
      return updated;
    },
  );

  app.delete(
    `${path}/:id`,
    { config: write, schema: { tags, summary: `Delete a ${noun}`, params: idParams } },
    async (request, reply) => {
      if (!(await repository.remove(db, request.ctx.orgId, request.params.id)))
        throw notFound(noun, request.params.id);
      return reply.status(204).send();
    },
  );
}
