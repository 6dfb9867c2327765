import { can, facilityBillInput } from '@medbill/core';
import type { Database } from '@medbill/db';
import { getFacilityBill, listFacilityBills } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import type { RequestContext } from '../request-context.ts';
import { saveFacilityBill } from '../services/facility-bill-saving.ts';
import { registerEncounterResource } from './encounter-resource.ts';

/**
 * Facility bills (UB-04, billed as 837I): institutional encounters, with the encounters'
 * permissions; a provider account sees the bills it attends (`providerId` filters by the
 * attending provider). The list carries each bill's patient (name, account, birth date) and,
 * to those who may read claims, its current claim: one audited search per list read.
 */
export function facilityBillRoutes(app: ApiApp, db: Database): void {
  registerEncounterResource(app, db, {
    path: '/facility-bills',
    tag: 'Facility bills',
    entity: 'facility_bill',
    noun: 'facility bill',
    summaries: {
      list: 'List facility bills, with patient and current claim, by patient, attending provider, status or dates',
      create: 'Create a facility bill with diagnoses, procedures and revenue-code lines',
      read: 'Read a facility bill',
      replace: 'Replace a facility bill',
    },
    input: facilityBillInput,
    list: listFacilityBills,
    get: getFacilityBill,
    save: saveFacilityBill,
    providerOf: (bill) => bill.attendingProviderId,
    listedFor: withClaimIfReadable,
  });
}

/** A listed bill without its claim for a caller whose roles may not read claims. */
function withClaimIfReadable<Bill extends object>(bill: Bill, ctx: RequestContext): Bill {
  if (!('claim' in bill) || can(ctx.actor.roles, 'claims:read')) return bill;
  const { claim: _claim, ...rest } = bill;
  return rest as Bill;
}
