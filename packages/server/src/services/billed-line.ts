import { parseProcedureCode } from '@medbill/core';
import type { Cents, RevenueLine, ServiceLine } from '@medbill/core';
import type { BilledLineOverride } from '@medbill/db';

/**
 * A service line as one claim version bills it: the encounter's line with the corrections that
 * version made (code, modifiers, units, charge, date). The encounter itself stays as coded.
 */
export function asBilled(
  service: ServiceLine,
  billed: BilledLineOverride | undefined,
): ServiceLine {
  if (billed === undefined) return service;
  const parsed =
    billed.procedureCode === undefined ? undefined : parseProcedureCode(billed.procedureCode);
  return {
    ...service,
    ...(parsed?.ok ? { procedureCode: parsed.value } : {}),
    ...(billed.modifiers ? { modifiers: [...billed.modifiers] } : {}),
    ...(billed.units === undefined ? {} : { units: billed.units }),
    ...(billed.charge === undefined ? {} : { charge: billed.charge as Cents, chargeEntered: true }),
    ...(billed.serviceDate === undefined ? {} : { serviceDate: billed.serviceDate }),
  };
}

/** A facility bill's revenue line as one claim version bills it (see {@link asBilled}). */
export function asBilledRevenue(
  revenue: RevenueLine,
  billed: BilledLineOverride | undefined,
): RevenueLine {
  if (billed === undefined) return revenue;
  const parsed =
    billed.procedureCode === undefined ? undefined : parseProcedureCode(billed.procedureCode);
  return {
    ...revenue,
    ...(parsed?.ok ? { procedureCode: parsed.value } : {}),
    ...(billed.modifiers ? { modifiers: [...billed.modifiers] } : {}),
    ...(billed.units === undefined ? {} : { units: billed.units }),
    ...(billed.charge === undefined ? {} : { charge: billed.charge as Cents }),
    ...(billed.serviceDate === undefined ? {} : { serviceDate: billed.serviceDate }),
  };
}
