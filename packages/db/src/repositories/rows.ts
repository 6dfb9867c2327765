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
