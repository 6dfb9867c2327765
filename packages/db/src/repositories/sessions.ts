import type { Queryable } from '../database.ts';

/** A signed-in browser: found by the SHA-256 of the token its cookie carries. */
export interface SessionRecord {
  readonly tokenHash: string;
  readonly orgId: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
}

const fromRow = (row: Record<string, unknown>): SessionRecord => ({
  tokenHash: String(row.token_hash),
  orgId: String(row.org_id),
  userId: String(row.user_id),
  csrfToken: String(row.csrf_token),
  createdAt: row.created_at as Date,
  lastSeenAt: row.last_seen_at as Date,
});

export async function insertSession(
  q: Queryable,
  session: Omit<SessionRecord, 'lastSeenAt'> & { readonly ip: string },
): Promise<void> {
  await q.query(
    `insert into sessions (token_hash, org_id, user_id, csrf_token, created_at, last_seen_at, ip)
     values ($1, $2, $3, $4, $5, $5, $6)`,
    [
      session.tokenHash,
      session.orgId,
      session.userId,
      session.csrfToken,
      session.createdAt,
      session.ip,
    ],
  );
}

export async function findSession(
  q: Queryable,
  tokenHash: string,
): Promise<SessionRecord | undefined> {
  const rows = await q.query('select * from sessions where token_hash = $1', [tokenHash]);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export async function touchSession(q: Queryable, tokenHash: string, at: Date): Promise<void> {
  await q.query('update sessions set last_seen_at = $2 where token_hash = $1', [tokenHash, at]);
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('delete from sessions where token_hash = $1', [tokenHash]);
}

/** Signs a user out everywhere (disabled account, password changed). */
export async function deleteUserSessions(
  q: Queryable,
  orgId: string,
  userId: string,
): Promise<void> {
  await q.query('delete from sessions where org_id = $1 and user_id = $2', [orgId, userId]);
}

/** Signs a user out everywhere but here (after they changed their password). */
export async function deleteOtherSessions(
  q: Queryable,
  orgId: string,
  userId: string,
  keepTokenHash: string,
): Promise<void> {
  await q.query('delete from sessions where org_id = $1 and user_id = $2 and token_hash <> $3', [
    orgId,
    userId,
    keepTokenHash,
  ]);
}
