import { feeScheduleInput, notFound } from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  getFeeSchedule,
  insertFeeSchedule,
  listFeeSchedules,
  updateFeeSchedule,
} from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { idParams, pageQuery } from '../api-app.ts';

const tags = ['Fee schedules'];

export function feeScheduleRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/fee-schedules',
    {
      config: { permission: 'setup:read' },
      schema: { tags, summary: 'List fee schedules (without entries)', querystring: pageQuery },
    },
    (request) => listFeeSchedules(db, request.ctx.orgId, request.query),
  );
  app.post(
    '/fee-schedules',
    {
      config: { permission: 'setup:write' },
      schema: { tags, summary: 'Create a fee schedule with its entries', body: feeScheduleInput },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await db.transaction((tx) => insertFeeSchedule(tx, request.ctx.orgId, request.body))),
  );
  app.get(
    '/fee-schedules/:id',
    {
      config: { permission: 'setup:read' },
      schema: { tags, summary: 'Read a fee schedule with its entries', params: idParams },
    },
    async (request) => {
      const schedule = await getFeeSchedule(db, request.ctx.orgId, request.params.id);
      if (!schedule) throw notFound('fee schedule', request.params.id);
      return schedule;
    },
  );
  app.put(
    '/fee-schedules/:id',
    {
      config: { permission: 'setup:write' },
      schema: {
        tags,
        summary: 'Replace a fee schedule and its entries',
        params: idParams,
        body: feeScheduleInput,
      },
    },
    async (request) => {
      const schedule = await db.transaction((tx) =>
        updateFeeSchedule(tx, request.ctx.orgId, request.params.id, request.body),
      );
      if (!schedule) throw notFound('fee schedule', request.params.id);
      return schedule;
    },
  );
}
