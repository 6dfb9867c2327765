import type { z } from 'zod';
import {
  encounterInput,
  facilityBillInput,
  facilityInput,
  feeScheduleInput,
  payerInput,
  practiceInput,
  providerInput,
  registrationInput,
  todayInZone,
} from '@medbill/core';
import type { Database, Queryable } from '@medbill/db';
import {
  facilities,
  findOrganizationBySlug,
  insertFeeSchedule,
  insertOrganization,
  payers,
  practices,
  providers,
} from '@medbill/db';
import { registerPatient, saveEncounter, saveFacilityBill } from '@medbill/server';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { DEMO_KEYS, buildDemoPractice } from './demo-practice.ts';

export const DEMO_ORG_SLUG = 'demo';
const DEMO_ORG_NAME = 'Prairie Family Medicine (demo)';

export interface DemoLoadResult {
  readonly created: boolean;
  readonly orgId: string;
  readonly counts: {
    practices: number;
    providers: number;
    facilities: number;
    payers: number;
    patients: number;
    encounters: number;
    facilityBills: number;
  };
}

/**
 * Loads the demo practice into organization "demo" in one transaction, every record going
 * through the same validation and services as the API. Does nothing when the demo exists.
 */
export async function loadDemo(
  db: Database,
  options: { today: Date; timeZone?: string },
): Promise<DemoLoadResult> {
  const existing = await findOrganizationBySlug(db, DEMO_ORG_SLUG);
  if (existing) {
    // Demo data loaded before accounts existed gets its demo accounts now.
    await ensureDemoAccounts(db, existing.id);
    return { created: false, orgId: existing.id, counts: await countAll(db, existing.id) };
  }
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const demo = buildDemoPractice({
    lastServiceDate: todayInZone({ now: () => options.today }, timeZone),
  });

  return db.transaction(async (tx) => {
    const org = await insertOrganization(tx, DEMO_ORG_NAME, DEMO_ORG_SLUG);
    const ids = new Map<string, string>();
    const practice = await practices.insert(
      tx,
      org.id,
      parse(practiceInput, demo.practice, 'practice'),
    );
    ids.set('practice', practice.id);
    const hospital = await practices.insert(
      tx,
      org.id,
      parse(practiceInput, demo.hospital, 'hospital'),
    );
    ids.set(DEMO_KEYS.hospital, hospital.id);
    for (const facility of demo.facilities) {
      ids.set(
        `facility:${facility.key}`,
        (await facilities.insert(tx, org.id, parse(facilityInput, facility.input, facility.key)))
          .id,
      );
    }
    for (const payer of demo.payers) {
      ids.set(
        `payer:${payer.key}`,
        (await payers.insert(tx, org.id, parse(payerInput, payer.input, payer.key))).id,
      );
    }
    for (const provider of demo.providers) {
      const input = resolveKeys(provider.input, ids);
      ids.set(
        `provider:${provider.key}`,
        (await providers.insert(tx, org.id, parse(providerInput, input, provider.key))).id,
      );
    }
    await insertFeeSchedule(tx, org.id, parse(feeScheduleInput, demo.feeSchedule, 'fee schedule'));
    for (const [index, patient] of demo.patients.entries()) {
      const registration = parse(
        registrationInput,
        resolveKeys(patient.registration, ids),
        `patient ${index + 1}`,
      );
      const record = await registerPatient(tx, org.id, registration);
      for (const encounter of patient.encounters) {
        const input = resolveKeys({ ...(encounter as object), patientId: record.id }, ids);
        await saveEncounter(
          tx,
          org.id,
          parse(encounterInput, input, `patient ${index + 1} encounter`),
        );
      }
      for (const bill of patient.facilityBills) {
        const input = resolveKeys({ ...bill, patientId: record.id }, ids);
        await saveFacilityBill(
          tx,
          org.id,
          parse(facilityBillInput, input, `patient ${index + 1} facility bill`),
        );
      }
    }
    await ensureDemoAccounts(tx, org.id);
    return { created: true, orgId: org.id, counts: await countAll(tx, org.id) };
  });
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`demo ${what} is invalid: ${issues}`);
  }
  return result.data;
}

/** Replaces the demo's symbolic references ("payer:medicare", "provider:dr-okafor") with ids. */
function resolveKeys(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => resolveKeys(v, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveKeys(v, ids)]));
  }
  return value;
}

async function countAll(q: Queryable, orgId: string): Promise<DemoLoadResult['counts']> {
  const rows = await q.query<Record<string, number>>(
    `select
       (select count(*)::int from practices where org_id = $1) as practices,
       (select count(*)::int from providers where org_id = $1) as providers,
       (select count(*)::int from facilities where org_id = $1) as facilities,
       (select count(*)::int from payers where org_id = $1) as payers,
       (select count(*)::int from patients where org_id = $1) as patients,
       (select count(*)::int from encounters where org_id = $1 and kind = 'professional') as encounters,
       (select count(*)::int from encounters where org_id = $1 and kind = 'institutional') as "facilityBills"`,
    [orgId],
  );
  const row = rows[0] ?? {};
  return {
    practices: row.practices ?? 0,
    providers: row.providers ?? 0,
    facilities: row.facilities ?? 0,
    payers: row.payers ?? 0,
    patients: row.patients ?? 0,
    encounters: row.encounters ?? 0,
    facilityBills: row.facilityBills ?? 0,
  };
}
