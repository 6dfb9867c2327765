import type { Release } from '../release.ts';
import type { AdjustmentCode, AdjustmentCodeStatus, CarcRarcRelease } from './carc-rarc.ts';
import { decodeSnapshot, encodeSnapshot } from '../common/snapshot-codec.ts';
import type { PlaceOfServiceRelease } from './place-of-service.ts';
import type { TaxonomyCode, TaxonomyRelease } from './taxonomy.ts';

const HEADER = { kind: 'medbill-reference', layout: 1 } as const;

/** The reference lists loaded together: taxonomy, place of service, CARC/RARC. */
export interface ReferenceLists {
  readonly taxonomy: readonly TaxonomyRelease[];
  readonly placeOfService: readonly PlaceOfServiceRelease[];
  readonly carcRarc: readonly CarcRarcRelease[];
}

type List = { release: Release; rows: string[][] };
interface Data {
  readonly taxonomy: List[];
  readonly pos: List[];
  readonly carcRarc: { carc: List; rarc: List }[];
}

const TAXONOMY_FIELDS = [
  'code',
  'grouping',
  'classification',
  'specialization',
  'definition',
  'notes',
  'displayName',
  'section',
] as const satisfies readonly (keyof TaxonomyCode)[];

const adjustmentList = ({ release, codes }: CarcRarcRelease['carc']): List => ({
  release,
  rows: [...codes.values()].map((c) => [c.code, c.description, c.status]),
});
const adjustmentMap = ({ rows }: List): Map<string, AdjustmentCode> =>
  new Map(
    rows.map(([code = '', description = '', status = '']) => [
      code,
      { code, description, status: status as AdjustmentCodeStatus },
    ]),
  );

/** Writes the reference lists as one compact snapshot. */
export function snapshotReferenceLists(lists: ReferenceLists): Uint8Array {
  const data: Data = {
    taxonomy: lists.taxonomy.map(({ release, codes }) => ({
      release,
      rows: [...codes.values()].map((code) => TAXONOMY_FIELDS.map((field) => code[field])),
    })),
    pos: lists.placeOfService.map(({ release, codes }) => ({
      release,
      rows: [...codes.values()].map((pos) => [pos.code, pos.name]),
    })),
    carcRarc: lists.carcRarc.map(({ carc, rarc }) => ({
      carc: adjustmentList(carc),
      rarc: adjustmentList(rarc),
    })),
  };
  return encodeSnapshot(HEADER, data);
}

/**
 * Loads the reference lists from {@link snapshotReferenceLists} output.
 *
 * @throws MedbillError (`invalid`) for bytes that are not a reference snapshot of this layout.
 */
export function loadReferenceSnapshot(bytes: Uint8Array): ReferenceLists {
  const data = decodeSnapshot(HEADER, bytes) as Data;
  return {
    taxonomy: data.taxonomy.map(({ release, rows }) => ({
      release,
      codes: new Map(
        rows.map((row) => {
          const code = Object.fromEntries(
            TAXONOMY_FIELDS.map((field, i) => [field, row[i] ?? '']),
          ) as unknown as TaxonomyCode;
          return [code.code, code];
        }),
      ),
    })),
    placeOfService: data.pos.map(({ release, rows }) => ({
      release,
      codes: new Map(rows.map(([code = '', name = '']) => [code, { code, name }])),
    })),
    carcRarc: data.carcRarc.map(({ carc, rarc }) => ({
      carc: { release: carc.release, codes: adjustmentMap(carc) },
      rarc: { release: rarc.release, codes: adjustmentMap(rarc) },
    })),
  };
}
