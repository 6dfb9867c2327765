import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'MBCS1';

/**
 * Packs named sections (each store's own serialisation) into one gzip-compressed buffer:
 * `MBCS1`, a 4-byte header length, a JSON header of section names and sizes, then the sections.
 */
export function packSnapshot(sections: Readonly<Record<string, Uint8Array>>): {
  bytes: Uint8Array;
  sha256: string;
} {
  const names = Object.keys(sections).sort();
  const header = new TextEncoder().encode(
    JSON.stringify(names.map((name) => [name, sections[name]?.byteLength ?? 0])),
  );
  const size = new Uint8Array(4);
  new DataView(size.buffer).setUint32(0, header.byteLength);
  const raw = Buffer.concat([
    Buffer.from(MAGIC),
    size,
    header,
    ...names.map((name) => sections[name] ?? new Uint8Array()),
  ]);
  const bytes = new Uint8Array(gzipSync(raw, { level: 6 }));
  return { bytes, sha256: createHash('sha256').update(raw).digest('hex') };
}

/** A snapshot as stored (gzip) made plain: what {@link unpackSnapshot} reads without inflating. */
export function inflateSnapshot(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? new Uint8Array(gunzipSync(bytes)) : bytes;
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The sections of a snapshot made by {@link packSnapshot}, as stored or already inflated;
 * throws on a foreign or damaged buffer.
 */
export function unpackSnapshot(bytes: Uint8Array): Map<string, Uint8Array> {
  const plain = inflateSnapshot(bytes);
  const raw = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC)
    throw new Error('not a medbill code-set snapshot');
  const headerLength = raw.readUInt32BE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(raw.subarray(offset, offset + headerLength).toString()) as [
    string,
    number,
  ][];
  offset += headerLength;
  const sections = new Map<string, Uint8Array>();
  for (const [name, length] of header) {
    if (offset + length > raw.byteLength)
      throw new Error(`code-set snapshot is truncated in section ${name}`);
    sections.set(name, new Uint8Array(raw.buffer, raw.byteOffset + offset, length));
    offset += length;
  }
  return sections;
}
