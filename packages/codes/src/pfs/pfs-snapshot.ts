import type { Release } from '../release.ts';
import { decodeSnapshot, encodeSnapshot } from '../common/snapshot-codec.ts';
import { formatDecimal, parseDecimal, ZERO_DECIMAL, type ExactDecimal } from './exact-decimal.ts';
import { createPfsStore, type PfsStore } from './pfs-store.ts';
import { rvuKey, type PfsRvu } from './pfs-types.ts';

const HEADER = { kind: 'medbill-pfs', layout: 1 } as const;

/** The PfsRvu fields in tuple order; decimals as their exact text, flags as 1/0. */
const RVU_FIELDS = [
  'code',
  'modifier',
  'status',
  'workRvu',
  'nonFacilityPeRvu',
  'facilityPeRvu',
  'mpRvu',
  'nonFacilityNa',
  'facilityNa',
  'pctc',
  'globalDays',
  'preOp',
  'intraOp',
  'postOp',
  'multipleProcedure',
  'bilateralSurgery',
  'assistantAtSurgery',
  'coSurgeons',
  'teamSurgery',
  'endoscopicBase',
  'conversionFactor',
  'physicianSupervision',
  'imagingFamily',
  'notUsedForMedicarePayment',
  'oppsNonFacilityPeRvu',
  'oppsFacilityPeRvu',
  'oppsMpRvu',
] as const satisfies readonly (keyof PfsRvu)[];

/** The fields held as exact decimals. */
const DECIMAL_FIELDS: ReadonlySet<string> = new Set([
  'workRvu',
  'nonFacilityPeRvu',
  'facilityPeRvu',
  'mpRvu',
  'preOp',
  'intraOp',
  'postOp',
  'conversionFactor',
  'oppsNonFacilityPeRvu',
  'oppsFacilityPeRvu',
  'oppsMpRvu',
]);

type Cell = string | number;
interface Data {
  readonly rvus: { release: Release; year: number; rows: Cell[][] }[];
  readonly localities: {
    year: number;
    sources: Release['sources'];
    national: string;
    gpci: string[][];
    anesthesia: string[][];
    counties: string[][];
  }[];
}

const out = (value: PfsRvu[keyof PfsRvu]): Cell =>
  typeof value === 'boolean'
    ? value
      ? 1
      : 0
    : typeof value === 'string'
      ? value
      : formatDecimal(value);
/** Decimals repeat a lot (`0.00`, the CF): parsed once each and shared, as they are immutable. */
const decimalCache = new Map<string, ExactDecimal>();
function dec(text: string): ExactDecimal {
  let value = decimalCache.get(text);
  if (value === undefined) {
    value = parseDecimal(text) ?? ZERO_DECIMAL;
    decimalCache.set(text, value);
  }
  return value;
}

/** Writes a PFS store (RVU releases and locality years) as one compact snapshot. */
export function snapshotPfs(store: PfsStore): Uint8Array {
  const data: Data = {
    rvus: store.rvus.map(({ release, year, rvus }) => ({
      release,
      year,
      rows: [...rvus.values()].map((row) => RVU_FIELDS.map((field) => out(row[field]))),
    })),
    localities: store.localities.map((l) => ({
      year: l.year,
      sources: l.sources,
      national: l.nationalAnesthesiaCf === undefined ? '' : formatDecimal(l.nationalAnesthesiaCf),
      gpci: [...l.gpci.values()].map((g) => [
        g.mac,
        g.localityNumber,
        g.state,
        g.name,
        formatDecimal(g.work),
        formatDecimal(g.pe),
        formatDecimal(g.mp),
      ]),
      anesthesia: [...l.anesthesia.values()].map((a) => [
        a.locality,
        a.name,
        formatDecimal(a.conversionFactor),
      ]),
      counties: l.counties.map((c) => [c.locality, c.state, c.feeScheduleArea, c.counties]),
    })),
  };
  return encodeSnapshot(HEADER, data);
}

/**
 * Loads a PFS store from {@link snapshotPfs} output.
 *
 * @throws MedbillError (`invalid`) for bytes that are not a PFS snapshot of this layout.
 */
export function loadPfsSnapshot(bytes: Uint8Array): PfsStore {
  const data = decodeSnapshot(HEADER, bytes) as Data;
  const rvus = data.rvus.map(({ release, year, rows }) => ({
    release,
    year,
    rvus: new Map(
      rows.map((cells): [string, PfsRvu] => {
        const row: Record<string, unknown> = {};
        RVU_FIELDS.forEach((field, index) => {
          const cell = cells[index] ?? '';
          row[field] =
            typeof cell === 'number' ? cell === 1 : DECIMAL_FIELDS.has(field) ? dec(cell) : cell;
        });
        const rvu = row as unknown as PfsRvu;
        return [rvuKey(rvu.code, rvu.modifier), rvu];
      }),
    ),
  }));
  const localities = data.localities.map((l) => ({
    year: l.year,
    sources: l.sources,
    ...(l.national === '' ? {} : { nationalAnesthesiaCf: dec(l.national) }),
    gpci: new Map(
      l.gpci.map(([mac = '', number = '', state = '', name = '', work = '', pe = '', mp = '']) => {
        const locality = `${mac}-${number}`;
        return [
          locality,
          {
            locality,
            mac,
            localityNumber: number,
            state,
            name,
            work: dec(work),
            pe: dec(pe),
            mp: dec(mp),
          },
        ];
      }),
    ),
    anesthesia: new Map(
      l.anesthesia.map(([locality = '', name = '', cf = '']) => [
        locality,
        { locality, name, conversionFactor: dec(cf) },
      ]),
    ),
    counties: l.counties.map(
      ([locality = '', state = '', feeScheduleArea = '', counties = '']) => ({
        locality,
        state,
        feeScheduleArea,
        counties,
      }),
    ),
  }));
  return createPfsStore(rvus, localities);
}
