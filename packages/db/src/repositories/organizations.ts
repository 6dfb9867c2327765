import type { Organization } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { firstRow } from './rows.ts';

export interface OrganizationRecord extends Organization {
  readonly slug: string;
}

const fromRow = (row: Record<string, unknown>): OrganizationRecord => ({
  id: String(row.id),
  name: String(row.name),
  slug: String(row.slug),
});

export async function insertOrganization(
  q: Queryable,
  name: string,
  slug: string,
): Promise<OrganizationRecord> {
  return fromRow(
    firstRow(
      await q.query('insert into organizations (name, slug) values ($1, $2) returning *', [
        name,
        slug,
      ]),
    ),
  );
}

export async function findOrganizationBySlug(
  q: Queryable,
  slug: string,
): Promise<OrganizationRecord | undefined> {
  const rows = await q.query('select * from organizations where slug = $1', [slug]);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export async function listOrganizations(q: Queryable): Promise<OrganizationRecord[]> {
  return (await q.query('select * from organizations order by created_at, id')).map(fromRow);
}

export async function findOrganization(
  q: Queryable,
  id: string,
): Promise<OrganizationRecord | undefined> {
  const rows = await q.query('select * from organizations where id = $1', [id]);
  return rows[0] ? fromRow(rows[0]) : undefined;
}
