import type { Queryable } from '../database.ts';
import { firstRow } from './rows.ts';

export interface CodeSetFileRecord {
  readonly sha256: string;
  readonly name: string;
  readonly system: string;
  readonly releaseVersion: string;
}

export interface CodeSetSnapshotRecord {
  readonly id: number;
  readonly createdAt: Date;
  readonly sha256: string;
  readonly byteSize: number;
  readonly summary: unknown;
}

/** The files already imported, by their SHA-256, so that a re-import is recognised. */
export async function importedCodeSetFiles(
  q: Queryable,
  hashes: readonly string[],
): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await q.query<{ sha256: string }>(
    'select sha256 from code_set_files where sha256 = any($1::text[])',
    [hashes],
  );
  return new Set(rows.map((r) => r.sha256));
}

export async function recordCodeSetFiles(
  q: Queryable,
  files: readonly CodeSetFileRecord[],
): Promise<void> {
  for (const f of files) {
    await q.query(
      `insert into code_set_files (sha256, name, system, release_version) values ($1, $2, $3, $4)
       on conflict (sha256) do nothing`,
      [f.sha256, f.name, f.system, f.releaseVersion],
    );
  }
}

export async function listCodeSetFiles(
  q: Queryable,
): Promise<(CodeSetFileRecord & { importedAt: Date })[]> {
  const rows = await q.query<{
    sha256: string;
    name: string;
    system: string;
    release_version: string;
    imported_at: Date;
  }>('select * from code_set_files order by system, release_version, name');
  return rows.map((r) => ({
    sha256: r.sha256,
    name: r.name,
    system: r.system,
    releaseVersion: r.release_version,
    importedAt: r.imported_at,
  }));
}

/** Stores a snapshot; the newest one is what servers load. Call inside the import's transaction. */
export async function saveCodeSetSnapshot(
  q: Queryable,
  snapshot: { sha256: string; summary: unknown; bytes: Uint8Array },
): Promise<CodeSetSnapshotRecord> {
  const row = firstRow(
    await q.query<{ id: number; created_at: Date }>(
      `insert into code_set_snapshots (sha256, byte_size, summary, bytes) values ($1, $2, $3, decode($4, 'base64'))
       on conflict (sha256) do update set created_at = now() returning id, created_at`,
      [
        snapshot.sha256,
        snapshot.bytes.byteLength,
        JSON.stringify(snapshot.summary),
        Buffer.from(snapshot.bytes).toString('base64'),
      ],
    ),
  );
  return {
    id: row.id,
    createdAt: row.created_at,
    sha256: snapshot.sha256,
    byteSize: snapshot.bytes.byteLength,
    summary: snapshot.summary,
  };
}

/** The newest snapshot with its bytes, or undefined when no code set was ever imported. */
export async function loadLatestCodeSetSnapshot(
  q: Queryable,
): Promise<(CodeSetSnapshotRecord & { bytes: Uint8Array }) | undefined> {
  const rows = await q.query<{
    id: number;
    created_at: Date;
    sha256: string;
    byte_size: number;
    summary: unknown;
    bytes: Uint8Array;
  }>('select * from code_set_snapshots order by created_at desc, id desc limit 1');
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    createdAt: row.created_at,
    sha256: row.sha256,
    byteSize: row.byte_size,
    summary: row.summary,
    bytes: row.bytes,
  };
}
