import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { decodeSnapshot, encodeSnapshot, optional } from '../common/snapshot-codec.ts';
import { createHcpcsStore, type HcpcsStore } from './hcpcs-store.ts';
import type {
  HcpcsActionCode,
  HcpcsCode,
  HcpcsCoverageCode,
  HcpcsDates,
  HcpcsModifier,
} from './hcpcs-types.ts';

const HEADER = { kind: 'medbill-hcpcs', layout: 1 } as const;

type DateTuple = [add: string, actionEffective: string, termination: string, action: string];
type CodeTuple = [
  code: string,
  long: string,
  short: string,
  pricing: string,
  coverage: string,
  betos: string,
  tos: string,
  baseUnits: string,
  ...DateTuple,
];
type ModifierTuple = [modifier: string, long: string, short: string, ...DateTuple];
interface ReleaseData {
  readonly release: Release;
  readonly codes: CodeTuple[];
  readonly modifiers: ModifierTuple[];
}

const datesOut = (entry: HcpcsDates): DateTuple => [
  entry.addDate ?? '',
  entry.actionEffectiveDate ?? '',
  entry.terminationDate ?? '',
  entry.actionCode,
];

function datesIn([add, effective, termination, action]: DateTuple): HcpcsDates {
  const addDate = optional<IsoDate>(add);
  const actionEffectiveDate = optional<IsoDate>(effective);
  const terminationDate = optional<IsoDate>(termination);
  return {
    actionCode: action as HcpcsActionCode,
    ...(addDate === undefined ? {} : { addDate }),
    ...(actionEffectiveDate === undefined ? {} : { actionEffectiveDate }),
    ...(terminationDate === undefined ? {} : { terminationDate }),
  };
}

/** Writes every release of a HCPCS store as one compact snapshot (gzip JSON of tuples). */
export function snapshotHcpcs(store: HcpcsStore): Uint8Array {
  const data: ReleaseData[] = store.releases.map(({ release, codes, modifiers }) => ({
    release,
    codes: [...codes.values()].map((c) => [
      c.code,
      c.longDescription,
      c.shortDescription,
      c.pricingIndicators.join(','),
      c.coverage ?? '',
      c.betos ?? '',
      c.typesOfService.join(''),
      c.anesthesiaBaseUnits === undefined ? '' : String(c.anesthesiaBaseUnits),
      ...datesOut(c),
    ]),
    modifiers: [...modifiers.values()].map((m) => [
      m.modifier,
      m.longDescription,
      m.shortDescription,
      ...datesOut(m),
    ]),
  }));
  return encodeSnapshot(HEADER, data);
}

/**
 * Loads a HCPCS store from {@link snapshotHcpcs} output.
 *
 * @throws MedbillError (`invalid`) for bytes that are not a HCPCS snapshot of this layout.
 */
export function loadHcpcsSnapshot(bytes: Uint8Array): HcpcsStore {
  const data = decodeSnapshot(HEADER, bytes) as ReleaseData[];
  return createHcpcsStore(
    data.map(({ release, codes, modifiers }) => ({
      release,
      codes: new Map(
        codes.map(
          ([code, long, short, pricing, coverage, betos, tos, baseUnits, ...dates]): [
            string,
            HcpcsCode,
          ] => {
            const cov = optional<HcpcsCoverageCode>(coverage);
            return [
              code,
              {
                code,
                longDescription: long,
                shortDescription: short,
                pricingIndicators: pricing === '' ? [] : pricing.split(','),
                typesOfService: [...tos],
                ...(cov === undefined ? {} : { coverage: cov }),
                ...(betos === '' ? {} : { betos }),
                ...(baseUnits === '' ? {} : { anesthesiaBaseUnits: Number(baseUnits) }),
                ...datesIn(dates),
              },
            ];
          },
        ),
      ),
      modifiers: new Map(
        modifiers.map(([modifier, long, short, ...dates]): [string, HcpcsModifier] => [
          modifier,
          { modifier, longDescription: long, shortDescription: short, ...datesIn(dates) },
        ]),
      ),
    })),
  );
}
