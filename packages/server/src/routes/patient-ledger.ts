import { notFound } from '@medbill/core';
import type { Database } from '@medbill/db';
import { getPatient, patientLedger } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';

/** A patient's account: every charge, payment, adjustment and transfer on their services. */
export function patientLedgerRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/patients/:id/ledger',
    {
      config: { permission: 'patients:read' },
      schema: {
        tags: ['Patients'],
        summary: 'The patient’s account ledger, in posting order',
        params: idParams,
      },
    },
    async (request) => {
      const patient = await getPatient(db, request.ctx.orgId, request.params.id);
      if (!patient) throw notFound('patient', request.params.id);
      const entries = await patientLedger(db, request.ctx.orgId, patient.id);
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'ledger',
        entityId: patient.id,
        patientId: patient.id,
      });
      return { entries };
    },
  );
}
