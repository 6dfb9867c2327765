import { loadCptSnapshot, snapshotCpt } from '../cpt/index.ts';
import { loadHcpcsSnapshot, snapshotHcpcs } from '../hcpcs/index.ts';
import {
  ABSENT,
  readIcd10cmSnapshot,
  writeIcd10cmSnapshot,
  type CodeIndexData,
} from '../icd10cm/index.ts';
import { readIcd10pcsSnapshot, writeIcd10pcsSnapshot } from '../icd10pcs/index.ts';
import { loadNcciSnapshot, snapshotNcci } from '../ncci/index.ts';
import { loadPfsSnapshot, snapshotPfs } from '../pfs/index.ts';
import { loadReferenceSnapshot, snapshotReferenceLists } from '../reference/index.ts';
import type { Release } from '../release.ts';
import { decodeEncoder, encodeEncoder, isCurrentEncoder } from '../search/search-index-codec.ts';
import { buildIcd10pcsIndex, type Encoder } from '../search/encoder.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { packSnapshot, unpackSnapshot } from '../snapshot-container.ts';
import type { CodeSets, ReleaseSummary } from './code-sets.ts';

/**
 * Serialises every loaded store into one snapshot, the unit servers load at start, with the
 * encoder index built over them so that a start reads it instead of building it again.
 */
export function snapshotCodeSets(
  codeSets: CodeSets,
  encoder?: Encoder,
): { bytes: Uint8Array; sha256: string } {
  const sections: Record<string, Uint8Array> = {};
  if (encoder) sections.encoder = encodeEncoder(encoder);
  const pcs = encoder?.icd10pcs;
  if (pcs)
    sections[PCS_ENCODER] = encodeEncoder({ index: pcs, systems: pcs.codes.map(() => 'icd10pcs') });
  if (codeSets.icd10cm) sections.icd10cm = writeIcd10cmSnapshot(codeSets.icd10cm);
  if (codeSets.icd10pcs) sections.icd10pcs = writeIcd10pcsSnapshot(codeSets.icd10pcs);
  if (codeSets.hcpcs) sections.hcpcs = snapshotHcpcs(codeSets.hcpcs);
  if (codeSets.cpt) sections.cpt = snapshotCpt(codeSets.cpt);
  if (codeSets.pfs) sections.pfs = snapshotPfs(codeSets.pfs);
  if (codeSets.ncci) sections.ncci = snapshotNcci(codeSets.ncci);
  if (codeSets.reference) sections.reference = snapshotReferenceLists(codeSets.reference);
  return packSnapshot(sections);
}

/** The ICD-10-PCS search index, a section apart so that a start need not decode it. */
const PCS_ENCODER = 'encoder-icd10pcs';

const READERS: {
  readonly [K in keyof CodeSets]-?: (bytes: Uint8Array) => NonNullable<CodeSets[K]>;
} = {
  icd10cm: readIcd10cmSnapshot,
  icd10pcs: readIcd10pcsSnapshot,
  hcpcs: loadHcpcsSnapshot,
  cpt: loadCptSnapshot,
  pfs: loadPfsSnapshot,
  ncci: loadNcciSnapshot,
  reference: loadReferenceSnapshot,
};

/** The stores a snapshot can hold, in the order a server warms them up (the encoder's first). */
export const CODE_SET_STORES = Object.keys(READERS) as readonly (keyof CodeSets)[];

/**
 * The code sets of a snapshot (as stored, or inflated with `inflateSnapshot`), and its encoder when it holds one of the current version
 * (snapshots written before 2026-11 hold none); the encoder's ICD-10-PCS index is decoded when first searched. Each store is decoded when first read (the
 * whole set takes about a second), so that a server answers before it has decoded them all;
 * read every store of {@link CODE_SET_STORES} to decode them ahead of need.
 */
export function loadCodeSetsSnapshot(bytes: Uint8Array): { codeSets: CodeSets; encoder?: Encoder } {
  const sections = unpackSnapshot(bytes);
  const codeSets: CodeSets = {};
  for (const name of CODE_SET_STORES) {
    const section = sections.get(name);
    if (section) decodeOnFirstRead(codeSets, name, () => READERS[name](section));
  }
  const section = sections.get('encoder');
  if (!section || !isCurrentEncoder(section)) return { codeSets };
  let main: Encoder | undefined;
  const decoded = (): Encoder => {
    main ??= decodeEncoder(section);
    if (!main) throw new Error('encoder section of the current version did not decode');
    return main;
  };
  const pcsSection = sections.get(PCS_ENCODER);
  let pcs: { index: SearchIndex | undefined } | undefined;
  // Decoded when first searched (0.1–0.2 s for the main index), so that a server can listen first.
  const encoder: Encoder = {
    get index() {
      return decoded().index;
    },
    get systems() {
      return decoded().systems;
    },
    // Decoded (or, for a snapshot written without it, built) on the first procedure search.
    get icd10pcs() {
      pcs ??= {
        index: pcsSection ? decodeEncoder(pcsSection)?.index : buildIcd10pcsIndex(codeSets),
      };
      return pcs.index;
    },
  };
  return { codeSets, encoder };
}

function decodeOnFirstRead<K extends keyof CodeSets>(
  codeSets: CodeSets,
  name: K,
  decode: () => NonNullable<CodeSets[K]>,
): void {
  Object.defineProperty(codeSets, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = decode();
      Object.defineProperty(codeSets, name, { value, enumerable: true });
      return value;
    },
  });
}

/** Every release loaded, system by system, oldest first. */
export function summarizeReleases(codeSets: CodeSets): ReleaseSummary[] {
  const line = (release: Release, entries: number): ReleaseSummary => ({
    system: release.system,
    version: release.version,
    effectiveFrom: release.effectiveFrom,
    ...(release.effectiveTo ? { effectiveTo: release.effectiveTo } : {}),
    entries,
  });
  const orderFileReleases = (data: CodeIndexData | undefined) =>
    data?.releases.map((release, i) =>
      line(release, data.status[i]?.filter((s) => s !== ABSENT).length ?? 0),
    ) ?? [];
  return [
    ...orderFileReleases(codeSets.icd10cm?.codes.data),
    ...orderFileReleases(codeSets.icd10pcs?.codes.data),
    ...(codeSets.hcpcs?.releases.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.cpt?.releases.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.pfs?.rvus.map((r) => line(r.release, r.rvus.size)) ?? []),
    ...(codeSets.ncci?.mue.map((r) => line(r.release, r.edits.size)) ?? []),
    ...(codeSets.ncci?.aoc.map((r) => line(r.release, r.rowCount)) ?? []),
    ...(codeSets.ncci?.ptp.map((r) => line(r.release, r.rowCount)) ?? []),
    ...(codeSets.reference?.taxonomy.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.reference?.placeOfService.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.reference?.carcRarc.flatMap((r) => [
      line(r.carc.release, r.carc.codes.size),
      line(r.rarc.release, r.rarc.codes.size),
    ]) ?? []),
  ];
}
