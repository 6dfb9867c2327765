import type { Queryable } from '../database.ts';
import { firstRow } from './rows.ts';

export interface CodeSetFileRecord {
  readonly sha256: string;
  readonly name: string;
  readonly kind: string;
  readonly byteSize: number;
}

export interface CodeSetSnapshotRecord {
  readonly id: number;
  readonly createdAt: Date;
  readonly sha256: string;
  readonly byteSize: number;
  readonly summary: unknown;
}

const base64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Which of these files (by SHA-256 of the original) were already imported. */
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

/** Keeps a release file (compressed); a file already kept is left as it is. */
export async function saveCodeSetFile(
  q: Queryable,
  file: CodeSetFileRecord & { gzipped: Uint8Array },
): Promise<void> {
  await q.query(
    `insert into code_set_files (sha256, name, kind, byte_size, gzipped) values ($1, $2, $3, $4, decode($5, 'base64'))
     on conflict (sha256) do nothing`,
    [file.sha256, file.name, file.kind, file.byteSize, base64(file.gzipped)],
  );
}

export async function listCodeSetFiles(
  q: Queryable,
): Promise<(CodeSetFileRecord & { importedAt: Date })[]> {
  const rows = await q.query<{
    sha256: string;
    name: string;
    kind: string;
    byte_size: number;
    imported_at: Date;
  }>('select sha256, name, kind, byte_size, imported_at from code_set_files order by kind, name');
  return rows.map((r) => ({
    sha256: r.sha256,
    name: r.name,
    kind: r.kind,
    byteSize: r.byte_size,
    importedAt: r.imported_at,
  }));
}

/** Every kept file with its compressed bytes, to rebuild the code sets with a new release. */
export async function loadCodeSetFiles(
  q: Queryable,
): Promise<(CodeSetFileRecord & { gzipped: Uint8Array })[]> {
  const rows = await q.query<{
    sha256: string;
    name: string;
    kind: string;
    byte_size: number;
    gzipped: Uint8Array;
  }>('select sha256, name, kind, byte_size, gzipped from code_set_files order by name');
  return rows.map((r) => ({
    sha256: r.sha256,
    name: r.name,
    kind: r.kind,
    byteSize: r.byte_size,
    gzipped: r.gzipped,
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
        base64(snapshot.bytes),
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

/** The newest snapshot's record and summary, without its bytes. */
export async function latestCodeSetSnapshotRecord(
  q: Queryable,
): Promise<CodeSetSnapshotRecord | undefined> {
  const rows = await q.query<{
    id: number;
    created_at: Date;
    sha256: string;
    byte_size: number;
    summary: unknown;
  }>(
    'select id, created_at, sha256, byte_size, summary from code_set_snapshots order by created_at desc, id desc limit 1',
  );
  const row = rows[0];
  return row
    ? {
        id: row.id,
        createdAt: row.created_at,
        sha256: row.sha256,
        byteSize: row.byte_size,
        summary: row.summary,
      }
    : undefined;
}
