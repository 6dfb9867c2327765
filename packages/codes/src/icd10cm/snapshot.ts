import { invalid } from '@medbill/core';
import type { Release } from '../release.ts';
import { codeIndexFromData } from './code-index.ts';
import type { ConversionTable } from './conversion-table.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import type { PoaExemptList } from './poa-exempt.ts';
import {
  indexFromJson,
  indexToJson,
  tabularFromJson,
  tabularToJson,
  type IndexJson,
  type TabularJson,
} from './snapshot-tuples.ts';

/** Layout 1 kept the tabular and index trees in the one JSON header; layout 2 gives each its own. */
const MAGIC_1 = 'MEDBILL ICD10CM SNAPSHOT 1\n';
const MAGIC = 'MEDBILL ICD10CM SNAPSHOT 2\n';

interface Header {
  readonly releases: readonly Release[];
  readonly codes: string;
  readonly titles: string;
  readonly indexManifestations: readonly string[];
  readonly conversions: ConversionTable | null;
  /** Absent in snapshots written before POA-exempt lists were imported. */
  readonly poaExempt?: readonly PoaExemptJson[];
}

type PoaExemptJson = Omit<PoaExemptList, 'codes'> & { readonly codes: string };

interface Layout1Header extends Header {
  readonly tabular: TabularJson | null;
  readonly indexes: readonly IndexJson[];
}

/**
 * Serialises a whole ICD-10-CM store (releases, tabular, indexes) into one buffer that
 * {@link readIcd10cmSnapshot} loads back without re-parsing the CDC files. Layout: the magic
 * line; three 4-byte little-endian lengths; three JSON texts — the header (releases, codes and
 * titles joined by newlines, manifestations, conversions), the tabular tree and the index trees
 * as positional tuples — then per release the status bytes and the short and long title ids
 * (Int32, 4-byte aligned). The trees are separate so that a reader parses them when first used:
 * a server start needs neither.
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
    indexManifestations: [...store.indexManifestations],
    conversions: store.conversions ?? null,
    poaExempt: store.poaExempt.map((list) => ({ ...list, codes: [...list.codes].join('\n') })),
  };
  const encoder = new TextEncoder();
  const magic = encoder.encode(MAGIC);
  const texts = [
    header,
    store.tabular ? tabularToJson(store.tabular) : null,
    store.indexes.map(indexToJson),
  ].map((part) => encoder.encode(JSON.stringify(part)));
  const count = data.codes.length;
  const start = align4(magic.length + 12 + texts.reduce((sum, t) => sum + t.length, 0));
  const perRelease = align4(count) + 8 * count;
  const bytes = new Uint8Array(start + perRelease * data.releases.length);
  bytes.set(magic, 0);
  const view = new DataView(bytes.buffer);
  let at = magic.length + 12;
  texts.forEach((text, i) => {
    view.setUint32(magic.length + 4 * i, text.length, true);
    bytes.set(text, at);
    at += text.length;
  });
  data.releases.forEach((_, r) => {
    const base = start + r * perRelease;
    bytes.set(data.status[r] ?? new Uint8Array(count), base);
    bytes.set(
      new Uint8Array((data.shortTitle[r] ?? new Int32Array(count)).buffer),
      base + align4(count),
    );
    bytes.set(
      new Uint8Array((data.longTitle[r] ?? new Int32Array(count)).buffer),
      base + align4(count) + 4 * count,
    );
  });
  return bytes;
}

/**
 * Loads a buffer written by {@link writeIcd10cmSnapshot} (either layout); refuses anything else.
 * With layout 2 the tabular and the indexes are parsed when first read.
 */
export function readIcd10cmSnapshot(bytes: Uint8Array): Icd10cmStore {
  const head = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if ((head !== MAGIC && head !== MAGIC_1) || bytes.length < MAGIC.length + 12) {
    throw invalid('Not an ICD-10-CM snapshot', [
      { path: 'snapshot:0', message: `expected "${MAGIC.trim()}"` },
    ]);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengths =
    head === MAGIC
      ? [0, 1, 2].map((i) => view.getUint32(MAGIC.length + 4 * i, true))
      : [view.getUint32(MAGIC.length, true)];
  let at = MAGIC.length + 4 * lengths.length;
  const [headerText, tabularText, indexesText] = lengths.map((length) => {
    const text = bytes.subarray(at, at + length);
    at += length;
    return text;
  });
  const parse = (text: Uint8Array | undefined): unknown =>
    JSON.parse(new TextDecoder().decode(text));
  const header = parse(headerText) as Layout1Header;
  const codes = header.codes === '' ? [] : header.codes.split('\n');
  const count = codes.length;
  const start = align4(at);
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
  const slice = (offset: number, length: number): ArrayBuffer =>
    bytes.slice(offset, offset + length).buffer;
  const status = header.releases.map(
    (_, r) => new Uint8Array(slice(start + r * perRelease, count)),
  );
  const shortTitle = header.releases.map(
    (_, r) => new Int32Array(slice(start + r * perRelease + align4(count), 4 * count)),
  );
  const longTitle = header.releases.map(
    (_, r) => new Int32Array(slice(start + r * perRelease + align4(count) + 4 * count, 4 * count)),
  );
  const tabular = lazy(() => {
    const json = tabularText ? (parse(tabularText) as TabularJson | null) : header.tabular;
    return json ? tabularFromJson(json) : undefined;
  });
  const indexes = lazy(() =>
    ((indexesText ? parse(indexesText) : header.indexes) as IndexJson[]).map(indexFromJson),
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
    get tabular() {
      return tabular();
    },
    get indexes() {
      return indexes();
    },
    indexManifestations: new Set(header.indexManifestations),
    conversions: header.conversions ?? undefined,
    poaExempt: (header.poaExempt ?? []).map((list) => ({
      ...list,
      codes: new Set(list.codes.split('\n')),
    })),
  };
}

function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
