import { z } from 'zod';
import {
  admissionInput,
  claimConditionsInput,
  conditionCodesField,
  diagnosisWithPoa,
  facilityProceduresField,
  facilityTypeField,
  hourField,
  icd10cmField,
  isoDateField,
  modifierField,
  moneyField,
  occurrencesField,
  otherDiagnosesField,
  patientStatusField,
  procedureCodeField,
  uuidField,
  valueCodesField,
} from '@medbill/core';
import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import type { ScrubOptions } from '../services/claim-scrubbing.ts';
import { correctClaim, voidClaim } from '../services/claim-versions.ts';

const tags = ['Claims'];
const reason = z.string().trim().min(3, 'say why, in a few words').max(500);

const lineCorrection = z.object({
  serviceLineId: z.uuid(),
  procedureCode: procedureCodeField.optional(),
  modifiers: z.array(modifierField).max(4, 'a line carries at most 4 modifiers').optional(),
  units: z.number().positive().max(99_999).optional(),
  charge: moneyField.refine((c) => c >= 0, 'a charge cannot be negative').optional(),
  serviceDate: isoDateField.optional(),
  diagnosisPointers: z.array(z.number().int().min(1).max(12)).min(1).max(4).optional(),
  remove: z.boolean().optional(),
});

/**
 * The UB-04 facts a corrected facility claim bills differently, as a facility bill takes them:
 * each one given replaces the earlier version's (a list whole); null takes an optional one off.
 */
const facilityCorrection = z.strictObject({
  facilityType: facilityTypeField.optional(),
  attendingProviderId: uuidField.optional(),
  statementFrom: isoDateField.optional(),
  statementTo: isoDateField.optional(),
  admission: admissionInput.nullable().optional(),
  dischargeHour: hourField.nullable().optional(),
  patientStatus: patientStatusField.optional(),
  principalDiagnosis: diagnosisWithPoa.optional(),
  admittingDiagnosis: icd10cmField.nullable().optional(),
  otherDiagnoses: otherDiagnosesField.optional(),
  occurrences: occurrencesField.optional(),
  conditionCodes: conditionCodesField.optional(),
  valueCodes: valueCodesField.optional(),
  procedures: facilityProceduresField.optional(),
  operatingProviderId: uuidField.nullable().optional(),
});

const correction = z.object({
  reason,
  diagnoses: z.array(icd10cmField).min(1).max(12, 'an 837P claim carries at most 12').optional(),
  /** Replaces the claim's related causes and accident/onset dates (CLM11, DTP*439/431/454). */
  conditions: claimConditionsInput.unwrap().optional(),
  /** A facility claim's UB-04 facts (type of bill xx7): facility type, attending, status, POA… */
  facility: facilityCorrection.optional(),
  // A facility claim (837I) holds up to 999 lines.
  lines: z.array(lineCorrection).max(999).default([]),
});

/** Corrected (frequency 7) and void (frequency 8) versions of an adjudicated claim. */
export function claimVersionRoutes(app: ApiApp, db: Database, scrub: ScrubOptions): void {
  app.post(
    '/claims/:id/correct',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags,
        summary:
          'Correct an adjudicated claim: a new version (frequency 7, REF*F8) with the changed lines (code, modifiers, units, charge, date of service, pointers) and diagnoses, or a facility claim’s UB-04 facts; the original stays as sent',
        params: idParams,
        body: correction,
      },
    },
    async (request, reply) => {
      const result = await db.transaction(async (tx) => {
        const body = request.body;
        const corrected = await correctClaim(
          tx,
          request.ctx,
          request.params.id,
          {
            reason: body.reason,
            ...(body.diagnoses ? { diagnoses: body.diagnoses } : {}),
            ...(body.conditions ? { conditions: body.conditions } : {}),
            ...(body.facility ? { facility: body.facility } : {}),
            lines: body.lines,
          },
          scrub,
        );
        await audit(tx, request.ctx, { action: 'create', entity: 'claim', entityId: corrected.id });
        return corrected;
      });
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/claims/:id/void',
    {
      config: { permission: 'claims:write' },
      schema: {
        tags,
        summary:
          'Void an adjudicated claim: a new version (frequency 8, REF*F8) that cancels it at the payer; open balances are written off, payments stay',
        params: idParams,
        body: z.object({ reason }),
      },
    },
    async (request, reply) => {
      const result = await db.transaction(async (tx) => {
        const voided = await voidClaim(
          tx,
          request.ctx,
          request.params.id,
          request.body.reason,
          scrub,
        );
        await audit(tx, request.ctx, { action: 'create', entity: 'claim', entityId: voided.id });
        return voided;
      });
      return reply.status(201).send(result);
    },
  );
}
