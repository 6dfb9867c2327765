import type { AdministrativeSex, IsoDate, Person } from '@medbill/core';
import type { SqlParam } from '../database.ts';
import { addressColumns, optionalFields, requiredAddress } from './address-columns.ts';

type Row = Record<string, unknown>;

/** A person's demographics stored as columns, optionally behind a prefix (`subscriber_`). */
export function personColumns(
  prefix: string,
  person: Person | undefined,
): Record<string, SqlParam> {
  return {
    [`${prefix}last_name`]: person?.lastName ?? null,
    [`${prefix}first_name`]: person?.firstName ?? null,
    [`${prefix}middle_name`]: person?.middleName ?? null,
    [`${prefix}suffix`]: person?.suffix ?? null,
    [`${prefix}date_of_birth`]: person?.dateOfBirth ?? null,
    [`${prefix}sex`]: person?.sex ?? null,
    ...addressColumns(`${prefix}address`, person?.address),
    [`${prefix}phone`]: person?.phone ?? null,
  };
}

export function personFromRow(row: Row, prefix: string): Person {
  return {
    lastName: String(row[`${prefix}last_name`]),
    firstName: String(row[`${prefix}first_name`]),
    dateOfBirth: String(row[`${prefix}date_of_birth`]) as IsoDate,
    sex: String(row[`${prefix}sex`]) as AdministrativeSex,
    address: requiredAddress(row, `${prefix}address`),
    ...optionalFields(row, {
      middleName: `${prefix}middle_name`,
      suffix: `${prefix}suffix`,
      phone: `${prefix}phone`,
    }),
  };
}
