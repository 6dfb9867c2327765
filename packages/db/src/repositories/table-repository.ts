import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { insertRow, selectRow, selectRows, updateRow } from './rows.ts';

type Row = Record<string, unknown>;

/**
 * How one tenant table maps to its entity. Tables here are keyed by (org_id, id); every query
 * filters by org_id, so a caller can never reach another organization's rows.
 */
export interface TableMapping<Input, Entity> {
  readonly table: string;
  readonly columns: (input: Input) => Record<string, SqlParam>;
  readonly fromRow: (row: Row) => Entity;
  readonly orderBy: string;
  /** SQL expressions matched (case-insensitively, as a prefix) by a free-text search. */
  readonly searchColumns: readonly string[];
}

export interface TableRepository<Input, Entity> {
  insert(q: Queryable, orgId: string, input: Input): Promise<Entity>;
  get(q: Queryable, orgId: string, id: string): Promise<Entity | undefined>;
  /** The rows with these ids, by id (ids with no row are absent). */
  getMany(q: Queryable, orgId: string, ids: readonly string[]): Promise<Map<string, Entity>>;
  list(
    q: Queryable,
    orgId: string,
    page: PageRequest,
    search?: string,
  ): Promise<PageResult<Entity>>;
  update(q: Queryable, orgId: string, id: string, input: Input): Promise<Entity | undefined>;
  remove(q: Queryable, orgId: string, id: string): Promise<boolean>;
}

export function tableRepository<Input, Entity>(
  mapping: TableMapping<Input, Entity>,
): TableRepository<Input, Entity> {
  const { table } = mapping;
  return {
    async insert(q, orgId, input) {
      return mapping.fromRow(
        await insertRow(q, table, { org_id: orgId, ...mapping.columns(input) }),
      );
    },

    async get(q, orgId, id) {
      const row = await selectRow(q, table, orgId, id);
      return row ? mapping.fromRow(row) : undefined;
    },

    async getMany(q, orgId, ids) {
      const rows = await selectRows(q, table, orgId, [...new Set(ids)]);
      return new Map(rows.map((row) => [String(row.id), mapping.fromRow(row)]));
    },

    async list(q, orgId, page, search) {
      const where = ['org_id = $1'];
      const params: SqlParam[] = [orgId];
      const term = search?.trim();
      if (term && mapping.searchColumns.length > 0) {
        params.push(`${escapeLike(term.toLowerCase())}%`);
        where.push(`(${mapping.searchColumns.map((c) => `lower(${c}) like $2`).join(' or ')})`);
      }
      return pageOf(
        q,
        { from: table, where: where.join(' and '), params, orderBy: mapping.orderBy },
        page,
        mapping.fromRow,
      );
    },

    async update(q, orgId, id, input) {
      const row = await updateRow(q, table, orgId, id, mapping.columns(input));
      return row ? mapping.fromRow(row) : undefined;
    },

    async remove(q, orgId, id) {
      const rows = await q.query(
        `delete from ${table} where org_id = $1 and id = $2 returning id`,
        [orgId, id],
      );
      return rows.length > 0;
    },
  };
}

export interface PagedQuery {
  readonly from: string;
  readonly where: string;
  readonly params: readonly SqlParam[];
  readonly orderBy: string;
  readonly select?: string;
}

/** One page of a query and the total it was cut from, in a single round trip. */
export async function pageOf<Entity>(
  q: Queryable,
  query: PagedQuery,
  page: PageRequest,
  fromRow: (row: Row) => Entity,
): Promise<PageResult<Entity>> {
  const n = query.params.length;
  const rows = await q.query<Row & { total_count: number }>(
    `select ${query.select ?? '*'}, count(*) over () as total_count from ${query.from}
     where ${query.where} order by ${query.orderBy} limit $${n + 1} offset $${n + 2}`,
    [...query.params, page.limit, page.offset],
  );
  const total =
    rows[0]?.total_count ??
    (page.offset > 0
      ? Number(
          (
            await q.query<{ n: number }>(
              `select count(*)::int as n from ${query.from} where ${query.where}`,
              query.params,
            )
          )[0]?.n ?? 0,
        )
      : 0);
  return { items: rows.map(fromRow), total, limit: page.limit, offset: page.offset };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
