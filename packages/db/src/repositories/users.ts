import type { Role } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { firstRow } from './rows.ts';

/** An account as the application sees it: never its password hash or second-factor secret. */
export interface UserRecord {
  readonly id: string;
  readonly orgId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: Role[];
  readonly providerId: string | null;
  readonly disabled: boolean;
  readonly totpEnabled: boolean;
  readonly lockedUntil: Date | null;
  readonly createdAt: Date;
}

/** What sign-in needs besides the account: the secrets and the failure count. */
export interface UserCredentials extends UserRecord {
  readonly passwordHash: string;
  readonly totpSecret: string | null;
  readonly failedLogins: number;
  readonly orgName: string;
}

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly passwordHash: string;
  readonly providerId?: string | undefined;
}

const fromRow = (row: Record<string, unknown>): UserRecord => ({
  id: String(row.id),
  orgId: String(row.org_id),
  email: String(row.email),
  name: String(row.name),
  roles: row.roles as Role[],
  providerId: (row.provider_id as string | null) ?? null,
  disabled: Boolean(row.disabled),
  totpEnabled: row.totp_secret !== null,
  lockedUntil: (row.locked_until as Date | null) ?? null,
  createdAt: row.created_at as Date,
});

export async function insertUser(q: Queryable, orgId: string, user: NewUser): Promise<UserRecord> {
  const rows = await q.query(
    `insert into users (org_id, email, name, roles, password_hash, provider_id)
     values ($1, $2, $3, $4, $5, $6) returning *`,
    [
      orgId,
      user.email.toLowerCase(),
      user.name,
      [...user.roles],
      user.passwordHash,
      user.providerId ?? null,
    ],
  );
  return fromRow(firstRow(rows));
}

export async function findUser(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<UserRecord | undefined> {
  const rows = await q.query('select * from users where org_id = $1 and id = $2', [orgId, id]);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

/** The account an email signs in to, in whichever organization it belongs. */
export async function findCredentialsByEmail(
  q: Queryable,
  email: string,
): Promise<UserCredentials | undefined> {
  const rows = await q.query(
    `select u.*, o.name as org_name from users u join organizations o on o.id = u.org_id
     where u.email = $1`,
    [email.toLowerCase()],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    ...fromRow(row),
    passwordHash: String(row.password_hash),
    totpSecret: (row.totp_secret as string | null) ?? null,
    failedLogins: Number(row.failed_logins),
    orgName: String(row.org_name),
  };
}

export async function listUsers(q: Queryable, orgId: string): Promise<UserRecord[]> {
  return (await q.query('select * from users where org_id = $1 order by email', [orgId])).map(
    fromRow,
  );
}

export interface UserChanges {
  readonly name?: string | undefined;
  readonly roles?: readonly Role[] | undefined;
  readonly disabled?: boolean | undefined;
  readonly passwordHash?: string | undefined;
  /** Clears a lockout after failed sign-ins. */
  readonly unlock?: boolean | undefined;
  /** `null` turns the second factor off. */
  readonly totpSecret?: string | null | undefined;
}

export async function updateUser(
  q: Queryable,
  orgId: string,
  id: string,
  changes: UserChanges,
): Promise<UserRecord | undefined> {
  const rows = await q.query(
    `update users set
       name = coalesce($3, name),
       roles = coalesce($4, roles),
       disabled = coalesce($5, disabled),
       password_hash = coalesce($6, password_hash),
       totp_secret = case when $7 then $8 else totp_secret end,
       locked_until = case when $9 then null else locked_until end,
       failed_logins = case when $9 then 0 else failed_logins end,
       updated_at = now()
     where org_id = $1 and id = $2 returning *`,
    [
      orgId,
      id,
      changes.name ?? null,
      changes.roles ? [...changes.roles] : null,
      changes.disabled ?? null,
      changes.passwordHash ?? null,
      changes.totpSecret !== undefined,
      changes.totpSecret ?? null,
      changes.unlock === true,
    ],
  );
  return rows[0] ? fromRow(rows[0]) : undefined;
}

/** Counts a failed sign-in; locks the account until `lockUntil` when one is given. */
export async function recordFailedLogin(
  q: Queryable,
  orgId: string,
  id: string,
  lockUntil: Date | null,
): Promise<void> {
  await q.query(
    `update users set failed_logins = case when $3::timestamptz is null then failed_logins + 1 else 0 end,
       locked_until = coalesce($3, locked_until)
     where org_id = $1 and id = $2`,
    [orgId, id, lockUntil],
  );
}

export async function recordSuccessfulLogin(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<void> {
  await q.query(
    'update users set failed_logins = 0, locked_until = null where org_id = $1 and id = $2',
    [orgId, id],
  );
}

export async function findTotpSecret(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<string | null> {
  const rows = await q.query<{ totp_secret: string | null }>(
    'select totp_secret from users where org_id = $1 and id = $2',
    [orgId, id],
  );
  return rows[0]?.totp_secret ?? null;
}

export async function countUsers(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>('select count(*)::int as n from users');
  return rows[0]?.n ?? 0;
}
