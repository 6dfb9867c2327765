import type { SqlParam } from './database.ts';

/** A parameter as sent on the wire: PostgreSQL text, or SQL NULL. */
export type WireParam = string | null;

function arrayElement(value: unknown, index: number): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
  throw new TypeError(
    `Array parameter $${index + 1} holds a ${typeof value}: only strings and numbers are allowed`,
  );
}

function toWireParam(value: SqlParam | undefined, index: number): WireParam {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      throw new TypeError(`Parameter $${index + 1} is undefined: pass null for SQL NULL`);
    case 'object':
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) {
        return `{${value.map((item: unknown) => arrayElement(item, index)).join(',')}}`;
      }
      return JSON.stringify(value);
    case 'function':
    case 'symbol':
      throw new TypeError(`Parameter $${index + 1} is a ${typeof value}`);
  }
}

/**
 * Turns parameters into the exact text both engines receive, so that neither engine's own
 * conversion (pg formats a `Date` in the local time zone, PGlite in UTC) can make them differ.
 */
export function toWireParams(params: readonly SqlParam[] | undefined): WireParam[] {
  return (params ?? []).map(toWireParam);
}
