import { z } from 'zod';
import {
  coverageInput,
  guarantorInput,
  notFound,
  patientInput,
  registrationInput,
} from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  getCoverage,
  getPatient,
  listCoverages,
  searchPatients,
  setGuarantor,
  updatePatient,
} from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams, searchQuery } from '../api-app.ts';
import {
  readPatientRecord,
  registerPatient,
  saveCoverage,
} from '../services/patient-registration.ts';

const tags = ['Patients'];
const read = { permission: 'patients:read' } as const;
const write = { permission: 'patients:write' } as const;

export function patientRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/patients',
    {
      config: read,
      schema: {
        tags,
        summary: 'Search patients by name, birth date, account number or member ID',
        querystring: searchQuery.extend({ dateOfBirth: z.iso.date().optional() }),
      },
    },
    async (request) => {
      const { limit, offset, ...search } = request.query;
      const page = await searchPatients(
        db,
        request.ctx.orgId,
        {
          ...(search.q ? { q: search.q } : {}),
          ...(search.dateOfBirth ? { dateOfBirth: search.dateOfBirth } : {}),
        },
        { limit, offset },
      );
      await audit(db, request.ctx, { action: 'search', entity: 'patient' });
      return page;
    },
  );

  app.post(
    '/patients',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a patient with guarantor and coverages',
        body: registrationInput,
      },
    },
    async (request, reply) => {
      const record = await db.transaction(async (tx) => {
        const created = await registerPatient(tx, request.ctx.orgId, request.body);
        await audit(tx, request.ctx, {
          action: 'create',
          entity: 'patient',
          entityId: created.id,
          patientId: created.id,
        });
        return created;
      });
      return reply.status(201).send(record);
    },
  );

  app.get(
    '/patients/:id',
    {
      config: read,
      schema: { tags, summary: 'Read a patient with guarantor and coverages', params: idParams },
    },
    async (request) => {
      const record = await readPatientRecord(db, request.ctx.orgId, request.params.id);
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'patient',
        entityId: record.id,
        patientId: record.id,
      });
      return record;
    },
  );

  app.put(
    '/patients/:id',
    {
      config: write,
      schema: {
        tags,
        summary: "Replace a patient's demographics",
        params: idParams,
        body: patientInput,
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const updated = await updatePatient(tx, request.ctx.orgId, request.params.id, request.body);
        if (!updated) throw notFound('patient', request.params.id);
        await audit(tx, request.ctx, {
          action: 'update',
          entity: 'patient',
          entityId: updated.id,
          patientId: updated.id,
        });
        return updated;
      }),
  );

  app.put(
    '/patients/:id/guarantor',
    {
      config: write,
      schema: {
        tags,
        summary: "Set a patient's guarantor",
        params: idParams,
        body: guarantorInput,
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        if (!(await getPatient(tx, request.ctx.orgId, request.params.id)))
          throw notFound('patient', request.params.id);
        await audit(tx, request.ctx, {
          action: 'update',
          entity: 'guarantor',
          patientId: request.params.id,
        });
        return setGuarantor(tx, request.ctx.orgId, request.params.id, request.body);
      }),
  );

  app.get(
    '/patients/:id/coverages',
    { config: read, schema: { tags, summary: "List a patient's coverages", params: idParams } },
    async (request) => {
      if (!(await getPatient(db, request.ctx.orgId, request.params.id)))
        throw notFound('patient', request.params.id);
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'coverage',
        patientId: request.params.id,
      });
      return listCoverages(db, request.ctx.orgId, request.params.id);
    },
  );

  app.post(
    '/patients/:id/coverages',
    {
      config: write,
      schema: { tags, summary: 'Add a coverage', params: idParams, body: coverageInput },
    },
    async (request, reply) => {
      const coverage = await db.transaction(async (tx) => {
        if (!(await getPatient(tx, request.ctx.orgId, request.params.id)))
          throw notFound('patient', request.params.id);
        const created = await saveCoverage(tx, request.ctx.orgId, request.params.id, request.body);
        await audit(tx, request.ctx, {
          action: 'create',
          entity: 'coverage',
          entityId: created.id,
          patientId: created.patientId,
        });
        return created;
      });
      return reply.status(201).send(coverage);
    },
  );

  app.put(
    '/coverages/:id',
    {
      config: write,
      schema: { tags, summary: 'Replace a coverage', params: idParams, body: coverageInput },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const current = await getCoverage(tx, request.ctx.orgId, request.params.id);
        if (!current) throw notFound('coverage', request.params.id);
        const saved = await saveCoverage(tx, request.ctx.orgId, current.patientId, request.body, {
          id: current.id,
        });
        await audit(tx, request.ctx, {
          action: 'update',
          entity: 'coverage',
          entityId: saved.id,
          patientId: saved.patientId,
        });
        return saved;
      }),
  );
}
