import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { MedbillError } from '@medbill/core';

/** What a snapshot holds, and the layout version its reader expects. */
export interface SnapshotHeader {
  readonly kind: string;
  readonly layout: number;
}

/**
 * Writes a snapshot: `{ kind, layout, data }` as JSON, gzip-compressed. Stores hand in
 * `data` already flattened into arrays of tuples (no repeated property names), which is what
 * keeps a snapshot a fraction of the size of the source files.
 */
export function encodeSnapshot(header: SnapshotHeader, data: unknown): Uint8Array {
  return gzipSync(strToU8(JSON.stringify({ ...header, data })), { level: 6 });
}

/**
 * Reads a snapshot written by {@link encodeSnapshot}, checking that it is the kind and layout
 * the caller reads; returns its `data` for the store to rebuild.
 *
 * @throws MedbillError (`invalid`) for bytes that are not such a snapshot.
 */
export function decodeSnapshot(header: SnapshotHeader, bytes: Uint8Array): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(gunzipSync(bytes)));
  } catch (error) {
    throw new MedbillError('invalid', `not a ${header.kind} snapshot: ${String(error)}`);
  }
  const found = parsed as { kind?: unknown; layout?: unknown; data?: unknown };
  if (found.kind !== header.kind || found.layout !== header.layout) {
    throw new MedbillError(
      'invalid',
      `expected a ${header.kind} snapshot, layout ${header.layout}; got ${String(found.kind)} layout ${String(found.layout)}`,
    );
  }
  return found.data;
}

/** Optional text in a tuple: `''` stands for absent. */
export const optional = <T extends string>(text: string): T | undefined =>
  text === '' ? undefined : (text as T);
