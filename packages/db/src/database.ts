/**
 * A value bound to a `$n` placeholder. Every engine sends it as the same PostgreSQL text:
 * `Date` as an ISO-8601 instant (UTC), `bigint` and `number` as decimal text, `boolean` as
 * `true`/`false`, arrays as an array literal, and a plain object as JSON.
 *
 * A calendar date (date of service, birth date) is passed as its `'YYYY-MM-DD'` string, never
 * as a `Date`. A JSON array is passed as `JSON.stringify(value)`: a JS array means a SQL array.
 */
export type SqlParam =
  | string
  | number
  | boolean
  | null
  | bigint
  | Date
  | readonly string[]
  | readonly number[]
  | Record<string, unknown>;

/**
 * Something that runs one SQL statement: the database itself or a transaction handle.
 *
 * Values come back the same on every engine: `int8` as a safe-integer `number` (a `RangeError`
 * beyond `Number.MAX_SAFE_INTEGER`), `date` as `'YYYY-MM-DD'`, `timestamptz` as a `Date`,
 * `numeric` as a string, `json`/`jsonb` parsed, arrays of those as arrays, and any other type
 * (`timestamp`, `time`, `interval`, enums…) as PostgreSQL's own text.
 * Errors raised by PostgreSQL arrive as a `DatabaseError` (errors.ts) whose `code` is the SQLSTATE.
 *
 * @example
 * ```ts
 * const rows = await db.query<{ id: number }>('select id from claim where patient_id = $1', [patientId]);
 * ```
 */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<Row[]>;
}

/**
 * The handle a transaction hands to its function. Repository code takes a {@link Queryable}
 * so that it runs both inside and outside a transaction; `exec` is here for the migrator,
 * which runs a whole migration script inside one transaction.
 */
export interface Transaction extends Queryable {
  /** Runs a script of several statements inside this transaction (no parameters, no rows). */
  exec(sql: string): Promise<void>;
}

/**
 * The one database interface every repository uses, on PGlite (embedded) and on PostgreSQL 15+.
 *
 * @example
 * ```ts
 * await db.transaction(async (tx) => {
 *   await postRemittance(tx, era);
 * });
 * ```
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs fn inside one transaction; commits on resolve, rolls back on throw. Code inside uses
   * only tx: calling the database itself from inside throws, since on PGlite it would deadlock
   * and on PostgreSQL it would run outside the transaction.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Closes the database; later calls throw. Calling it again does nothing. */
  close(): Promise<void>;
}
