import { invalid } from '@medbill/core';
import type { Release } from '../release.ts';
import { codeIndexFromData } from './code-index.ts';
import type { ConversionTable } from './conversion-table.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import {
  indexFromJson,
  indexToJson,
  tabularFromJson,
  tabularToJson,
  type IndexJson,
  type TabularJson,
} from './snapshot-tuples.ts';

const MAGIC = 'MEDBILL ICD10CM SNAPSHOT 1\n';

interface Header {
  readonly releases: readonly Release[];
  readonly codes: string;
  readonly titles: string;
  readonly tabular: TabularJson | null;
  readonly indexes: readonly IndexJson[];
  readonly indexManifestations: readonly string[];
  readonly conversions: ConversionTable | null;
}

/**
 * Serialises a whole ICD-10-CM store (releases, tabular, indexes) into one buffer that
 * {@link readIcd10cmSnapshot} loads back without re-parsing the CDC files. Layout: the magic
 * line, a 4-byte little-endian header length, the JSON header (releases, codes and titles
 * joined by newlines, tabular and index trees as positional tuples), then per release the status
 * bytes and the short and long title ids (Int32, 4-byte aligned).
 *
 * @example
 * ```ts
 * const bytes = writeIcd10cmSnapshot(store); // ~27 MB for FY2021/25/26 + tabular + 7 index files
 * const again = readIcd10cmSnapshot(bytes);
 * ```
 */
export function writeIcd10cmSnapshot(store: Icd10cmStore): Uint8Array {
  const data = store.codes.data;
  const header: Header = {
    releases: data.releases,
    codes: data.codes.join('\n'),
    titles: data.titles.join('\n'),
    tabular: store.tabular ? tabularToJson(store.tabular) : null,
    indexes: store.indexes.map(indexToJson),
    indexManifestations: [...store.indexManifestations],
    conversions: store.conversions ?? null,
  };
  const magic = new TextEncoder().encode(MAGIC);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const count = data.codes.length;
  const start = align4(magic.length + 4 + json.length);
  const perRelease = align4(count) + 8 * count;
  const bytes = new Uint8Array(start + perRelease * data.releases.length);
  bytes.set(magic, 0);
  new DataView(bytes.buffer).setUint32(magic.length, json.length, true);
  bytes.set(json, magic.length + 4);
  data.releases.forEach((_, r) => {
    const at = start + r * perRelease;
    bytes.set(data.status[r] ?? new Uint8Array(count), at);
    bytes.set(
      new Uint8Array((data.shortTitle[r] ?? new Int32Array(count)).buffer),
      at + align4(count),
    );
    bytes.set(
      new Uint8Array((data.longTitle[r] ?? new Int32Array(count)).buffer),
      at + align4(count) + 4 * count,
    );
  });
  return bytes;
}

/** Loads a buffer written by {@link writeIcd10cmSnapshot}; refuses anything else. */
export function readIcd10cmSnapshot(bytes: Uint8Array): Icd10cmStore {
  const magic = new TextEncoder().encode(MAGIC);
  const head = new TextDecoder().decode(bytes.subarray(0, magic.length));
  if (head !== MAGIC || bytes.length < magic.length + 4) {
    throw invalid('Not an ICD-10-CM snapshot', [
      { path: 'snapshot:0', message: `expected "${MAGIC.trim()}"` },
    ]);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(magic.length, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(magic.length + 4, magic.length + 4 + jsonLength)),
  ) as Header;
  const codes = header.codes === '' ? [] : header.codes.split('\n');
  const count = codes.length;
  const start = align4(magic.length + 4 + jsonLength);
  const perRelease = align4(count) + 8 * count;
  if (bytes.length !== start + perRelease * header.releases.length) {
    throw invalid('Truncated ICD-10-CM snapshot', [
      {
        path: `snapshot:${bytes.length}`,
        message: `expected ${start + perRelease * header.releases.length} bytes`,
      },
    ]);
  }
  // Copy out of the shared buffer so that each array is aligned and independent of `bytes`.
  const slice = (at: number, length: number): ArrayBuffer => bytes.slice(at, at + length).buffer;
  const status = header.releases.map(
    (_, r) => new Uint8Array(slice(start + r * perRelease, count)),
  );
  const shortTitle = header.releases.map(
    (_, r) => new Int32Array(slice(start + r * perRelease + align4(count), 4 * count)),
  );
  const longTitle = header.releases.map(
    (_, r) => new Int32Array(slice(start + r * perRelease + align4(count) + 4 * count, 4 * count)),
  );
  return {
    codes: codeIndexFromData({
      releases: header.releases,
      codes,
      titles: header.titles.split('\n'),
      status,
      shortTitle,
      longTitle,
    }),
    tabular: header.tabular ? tabularFromJson(header.tabular) : undefined,
    indexes: header.indexes.map(indexFromJson),
    indexManifestations: new Set(header.indexManifestations),
    conversions: header.conversions ?? undefined,
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
