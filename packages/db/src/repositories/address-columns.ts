import type { Address } from '@medbill/core';
import type { SqlParam } from '../database.ts';
import { optionalText } from './row-values.ts';

type Row = Record<string, unknown>;

/** An address stored as `<prefix>_line1 … <prefix>_zip` columns. */
export function addressColumns(
  prefix: string,
  address: Address | undefined,
): Record<string, SqlParam> {
  return {
    [`${prefix}_line1`]: address?.line1 ?? null,
    [`${prefix}_line2`]: address?.line2 ?? null,
    [`${prefix}_city`]: address?.city ?? null,
    [`${prefix}_state`]: address?.state ?? null,
    [`${prefix}_zip`]: address?.zip ?? null,
  };
}

export function addressFromRow(row: Row, prefix: string): Address | undefined {
  const line1 = optionalText(row, `${prefix}_line1`);
  if (line1 === undefined) return undefined;
  const line2 = optionalText(row, `${prefix}_line2`);
  return {
    line1,
    ...(line2 === undefined ? {} : { line2 }),
    city: optionalText(row, `${prefix}_city`) ?? '',
    state: (optionalText(row, `${prefix}_state`) ?? '') as Address['state'],
    zip: optionalText(row, `${prefix}_zip`) ?? '',
  };
}

export function requiredAddress(row: Row, prefix: string): Address {
  const address = addressFromRow(row, prefix);
  if (!address) throw new Error(`row has no ${prefix} address`);
  return address;
}

/** Copies the defined, non-null values of a row's optional text columns onto an object. */
export function optionalFields<K extends string>(
  row: Row,
  columns: Record<K, string>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, column] of Object.entries(columns) as [K, string][]) {
    const value = optionalText(row, column);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
