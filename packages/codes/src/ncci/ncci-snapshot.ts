import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { decodeSnapshot, encodeSnapshot, optional } from '../common/snapshot-codec.ts';
import type { AocEdit, AocEditType } from './aoc-types.ts';
import type { MueAdjudicationIndicator } from './mue-types.ts';
import { createNcciStore, type NcciStore } from './ncci-store.ts';
import { ptpKey, type PtpEdit, type PtpModifierIndicator } from './ptp-types.ts';

const HEADER = { kind: 'medbill-ncci', layout: 1 } as const;

interface Data {
  readonly mue: { release: Release; setting: string; rows: [string, number, string, string][] }[];
  readonly aoc: {
    release: Release;
    rows: [number, string, string, string, string, string, string, string][];
  }[];
  readonly ptp: {
    release: Release;
    rows: [string, string, number, string, string, number, string][];
  }[];
}

/** Writes the MUE, AOC and PTP releases of an NCCI store as one compact snapshot. */
export function snapshotNcci(store: NcciStore): Uint8Array {
  const data: Data = {
    mue: store.mue.map(({ release, setting, edits }) => ({
      release,
      setting,
      rows: [...edits.values()].map((m) => [m.code, m.value, m.indicatorText, m.rationale]),
    })),
    aoc: store.aoc.map(({ release, byAddOn }) => ({
      release,
      rows: [...byAddOn.values()]
        .flat()
        .map((e) => [
          e.type,
          e.addOnCode,
          e.primaryCode,
          e.effectiveFrom,
          e.deletedOn ?? '',
          e.addOnDeletedOn ?? '',
          e.primaryDeletedOn ?? '',
          e.notes,
        ]),
    })),
    ptp: store.ptp.map(({ release, edits }) => ({
      release,
      rows: [...edits.values()]
        .flat()
        .map((e) => [
          e.column1,
          e.column2,
          e.existedBefore1996 ? 1 : 0,
          e.effectiveFrom,
          e.deletedOn ?? '',
          e.modifierIndicator,
          e.rationale,
        ]),
    })),
  };
  return encodeSnapshot(HEADER, data);
}

/**
 * Loads an NCCI store from {@link snapshotNcci} output.
 *
 * @throws MedbillError (`invalid`) for bytes that are not an NCCI snapshot of this layout.
 */
export function loadNcciSnapshot(bytes: Uint8Array): NcciStore {
  const data = decodeSnapshot(HEADER, bytes) as Data;
  const date = (text: string) => optional<IsoDate>(text);
  return createNcciStore({
    mue: data.mue.map(({ release, setting, rows }) => ({
      release,
      setting,
      edits: new Map(
        rows.map(([code, value, indicatorText, rationale]) => [
          code,
          {
            code,
            value,
            indicator: Number(indicatorText[0]) as MueAdjudicationIndicator,
            indicatorText,
            rationale,
          },
        ]),
      ),
    })),
    aoc: data.aoc.map(({ release, rows }) => {
      const byAddOn = new Map<string, AocEdit[]>();
      for (const [
        type,
        addOnCode,
        primaryCode,
        effectiveFrom,
        deleted,
        addOnDeleted,
        primaryDeleted,
        notes,
      ] of rows) {
        const deletedOn = date(deleted);
        const addOnDeletedOn = date(addOnDeleted);
        const primaryDeletedOn = date(primaryDeleted);
        const edit: AocEdit = {
          type: type as AocEditType,
          addOnCode,
          primaryCode,
          effectiveFrom: effectiveFrom as IsoDate,
          notes,
          ...(addOnDeletedOn === undefined ? {} : { addOnDeletedOn }),
          ...(primaryDeletedOn === undefined ? {} : { primaryDeletedOn }),
          ...(deletedOn === undefined ? {} : { deletedOn }),
        };
        byAddOn.set(addOnCode, [...(byAddOn.get(addOnCode) ?? []), edit]);
      }
      return { release, byAddOn, rowCount: rows.length };
    }),
    ptp: data.ptp.map(({ release, rows }) => {
      const edits = new Map<string, PtpEdit[]>();
      for (const [column1, column2, prior, effectiveFrom, deleted, modifier, rationale] of rows) {
        const deletedOn = date(deleted);
        const edit: PtpEdit = {
          column1,
          column2,
          existedBefore1996: prior === 1,
          effectiveFrom: effectiveFrom as IsoDate,
          modifierIndicator: modifier as PtpModifierIndicator,
          rationale,
          ...(deletedOn === undefined ? {} : { deletedOn }),
        };
        const key = ptpKey(column1, column2);
        edits.set(key, [...(edits.get(key) ?? []), edit]);
      }
      return { release, edits, rowCount: rows.length };
    }),
  });
}
