import type { Queryable, SqlParam } from '../database.ts';

type Row = Record<string, unknown>;

/** `insert into table (…) values (…) returning *` for a map of column → value. */
export async function insertRow(
  q: Queryable,
  table: string,
  values: Record<string, SqlParam>,
): Promise<Row> {
  const names = Object.keys(values);
  const rows = await q.query(
    `insert into ${table} (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning *`,
    Object.values(values),
  );
  return firstRow(rows);
}

/** Rows per statement: bounds the size of one JSON parameter. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * `insert into table (…)` for rows of the same columns, in as few statements as possible: the
 * rows travel as one JSON parameter that `json_populate_recordset` turns into the table's row
 * type, which costs far less per value than a placeholder each (on PGlite, several times less).
 * Values are those of {@link SqlParam}, except that a JSON (`jsonb`) column takes the object or
 * array itself, not its JSON text. Rows keep their order (identity columns number them in
 * order); with `returning`, the inserted rows come back, in that order.
 */
export async function insertRows(
  q: Queryable,
  table: string,
  rows: readonly Record<string, SqlParam>[],
  options: { returning?: boolean } = {},
): Promise<Row[]> {
  const first = rows[0];
  if (!first) return [];
  const names = Object.keys(first).join(', ');
  const inserted: Row[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    inserted.push(
      ...(await q.query(
        `insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, $1::json)${options.returning ? ' returning *' : ''}`,
        [
          JSON.stringify(chunk, (_key, value: unknown) =>
            typeof value === 'bigint' ? String(value) : value,
          ),
        ],
      )),
    );
  }
  return inserted;
}

/** The tenant rows with these ids, in no particular order. */
export async function selectRows(
  q: Queryable,
  table: string,
  orgId: string,
  ids: readonly string[],
): Promise<Row[]> {
  if (ids.length === 0) return [];
  return q.query(`select * from ${table} where org_id = $1 and id = any($2::uuid[])`, [orgId, ids]);
}

/** Updates one tenant row by (org_id, id); undefined when there is no such row. */
export async function updateRow(
  q: Queryable,
  table: string,
  orgId: string,
  id: string,
  values: Record<string, SqlParam>,
): Promise<Row | undefined> {
  const names = Object.keys(values);
  const rows = await q.query(
    `update ${table} set ${names.map((n, i) => `${n} = $${i + 3}`).join(', ')}, updated_at = now()
     where org_id = $1 and id = $2 returning *`,
    [orgId, id, ...Object.values(values)],
  );
  return rows[0];
}

export async function selectRow(
  q: Queryable,
  table: string,
  orgId: string,
  id: string,
): Promise<Row | undefined> {
  const rows = await q.query(`select * from ${table} where org_id = $1 and id = $2`, [orgId, id]);
  return rows[0];
}

export function firstRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('expected the statement to return a row');
  return row;
}
