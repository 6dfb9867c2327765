import { z } from 'zod';
import { moneyField } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import { listReceipts } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { recordPatientPayment, refundPatient } from '../services/patient-payments.ts';
import type { ReceiptInput } from '../services/patient-payments.ts';

const tags = ['Patient payments'];

const receiptBody = z.object({
  amount: moneyField,
  method: z.enum(['cash', 'check', 'card', 'eft', 'other']),
  reference: z.string().trim().min(1).max(60).optional(),
  receivedOn: z.iso.date().optional(),
  idempotencyKey: z.string().trim().min(8).max(100),
});

/** Copays and balances the patient pays at the desk or by mail, and refunds of their credits. */
export function patientPaymentRoutes(app: ApiApp, db: Database, today: () => IsoDate): void {
  const input = (body: z.output<typeof receiptBody>): ReceiptInput => ({
    ...body,
    receivedOn: (body.receivedOn as IsoDate | undefined) ?? today(),
  });

  const receiptRoute = (route: {
    path: string;
    permission: 'patients:write' | 'claims:write';
    summary: string;
    entity: string;
    record: typeof recordPatientPayment;
  }) =>
    app.post(
      route.path,
      {
        config: { permission: route.permission },
        schema: { tags, summary: route.summary, params: idParams, body: receiptBody },
      },
      async (request, reply) => {
        const result = await db.transaction(async (tx) => {
          const recorded = await route.record(
            tx,
            request.ctx,
            request.params.id,
            input(request.body),
          );
          await audit(tx, request.ctx, {
            action: 'create',
            entity: route.entity,
            entityId: recorded.receipt.id,
            patientId: request.params.id,
          });
          return recorded;
        });
        return reply.status(result.alreadyRecorded ? 200 : 201).send(result);
      },
    );

  receiptRoute({
    path: '/patients/:id/payments',
    permission: 'patients:write',
    summary:
      'Record a patient payment, applied oldest service first; an overpayment becomes a credit (once per idempotency key)',
    entity: 'patient_payment',
    record: recordPatientPayment,
  });
  receiptRoute({
    path: '/patients/:id/refunds',
    permission: 'claims:write',
    summary: "Refund (part of) a patient's credit balance, newest credit first",
    entity: 'patient_refund',
    record: refundPatient,
  });

  app.get(
    '/patients/:id/receipts',
    {
      config: { permission: 'patients:read' },
      schema: {
        tags,
        summary: "The patient's payments and refunds, newest first",
        params: idParams,
      },
    },
    async (request) => {
      await audit(db, request.ctx, {
        action: 'read',
        entity: 'patient_receipt',
        patientId: request.params.id,
      });
      return { items: await listReceipts(db, request.ctx.orgId, request.params.id) };
    },
  );
}
