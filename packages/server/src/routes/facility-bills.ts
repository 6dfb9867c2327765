import { facilityBillInput } from '@medbill/core';
import type { Database } from '@medbill/db';
import { getFacilityBill, listFacilityBills } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { saveFacilityBill } from '../services/facility-bill-saving.ts';
import { registerEncounterResource } from './encounter-resource.ts';

/**
 * Facility bills (UB-04, billed as 837I): institutional encounters, with the encounters'
 * permissions; a provider account sees the bills it attends (`providerId` filters by the
 * attending provider).
 */
export function facilityBillRoutes(app: ApiApp, db: Database): void {
  registerEncounterResource(app, db, {
    path: '/facility-bills',
    tag: 'Facility bills',
    entity: 'facility_bill',
    noun: 'facility bill',
    summaries: {
      list: 'List facility bills by patient, attending provider, status or dates',
      create: 'Create a facility bill with diagnoses, procedures and revenue-code lines',
      read: 'Read a facility bill',
      replace: 'Replace a facility bill',
    },
    input: facilityBillInput,
    list: listFacilityBills,
    get: getFacilityBill,
    save: saveFacilityBill,
    providerOf: (bill) => bill.attendingProviderId,
  });
}
