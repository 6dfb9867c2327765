import type { IsoDate } from '@medbill/core';

type Row = Record<string, unknown>;

/** A text column that may be null, trimmed of char(n) padding. */
export function optionalText(row: Row, column: string): string | undefined {
  const value = row[column];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new TypeError(`column ${column} is not text`);
  return String(value).trimEnd();
}

/** A `date` column that may be null; the database layer returns dates as `YYYY-MM-DD`. */
export function optionalDate(row: Row, column: string): IsoDate | undefined {
  return optionalText(row, column) as IsoDate | undefined;
}
