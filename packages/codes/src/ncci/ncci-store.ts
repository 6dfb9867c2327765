import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { closeReleasePeriods, releaseOn } from '../common/release-periods.ts';
import {
  CONTRACTOR_DEFINED_PRIMARY,
  type AocEdit,
  type AocEditType,
  type AocRelease,
} from './aoc-types.ts';
import type { Mue, MueRelease } from './mue-types.ts';
import { ptpKey, type PtpEdit, type PtpRelease } from './ptp-types.ts';

/** The loaded NCCI tables, each system's releases ordered and closed where the next starts. */
export interface NcciStore {
  readonly mue: readonly MueRelease[];
  readonly aoc: readonly AocRelease[];
  readonly ptp: readonly PtpRelease[];
}

/** Keeps every loaded quarter of each table side by side. */
export function createNcciStore(tables: {
  readonly mue?: readonly MueRelease[];
  readonly aoc?: readonly AocRelease[];
  readonly ptp?: readonly PtpRelease[];
}): NcciStore {
  return {
    mue: closeReleasePeriods(tables.mue ?? []),
    aoc: closeReleasePeriods(tables.aoc ?? []),
    ptp: closeReleasePeriods(tables.ptp ?? []),
  };
}

/** An answer from the release in force on a date, or the news that none is loaded for it. */
export type NcciAnswer<T> = (T & { readonly release: Release }) | { readonly status: 'no-release' };

/**
 * Whether an NCCI edit applies on a date: effective on or before it and deleted on or after it
 * (deletion dates are the last day, usually a quarter end). An edit deleted on its own
 * effective date never applied: that is how CMS withdraws an edit retroactively.
 */
const inForce = (from: IsoDate, to: IsoDate | undefined, dos: IsoDate): boolean =>
  from <= dos && (to === undefined || (dos <= to && to !== from));

/**
 * The MUE for a code on a date of service, from the MUE table in force that quarter.
 *
 * @example
 * ```ts
 * mueFor(store, '99213', isoDate('2026-04-15')); // { status: 'found', mue: { value: 1, indicator: 2, … } }
 * ```
 */
export function mueFor(
  store: NcciStore,
  code: string,
  dos: IsoDate,
): NcciAnswer<{ readonly status: 'found'; readonly mue: Mue } | { readonly status: 'none' }> {
  const table = releaseOn(store.mue, dos);
  if (table === undefined) return { status: 'no-release' };
  const mue = table.edits.get(code.trim().toUpperCase());
  return mue === undefined
    ? { status: 'none', release: table.release }
    : { status: 'found', mue, release: table.release };
}

/**
 * The PTP edit between two codes billed on the same date of service, whichever order they are
 * given in: the answer names which is column 1 (paid) and which column 2 (denied unless the
 * modifier indicator is 1 and a bypass modifier applies). Only edits in force on the date
 * count: effective on or before it and not deleted before it.
 */
export function ptpEdit(
  store: NcciStore,
  first: string,
  second: string,
  dos: IsoDate,
): NcciAnswer<{ readonly status: 'edit'; readonly edit: PtpEdit } | { readonly status: 'none' }> {
  const table = releaseOn(store.ptp, dos);
  if (table === undefined) return { status: 'no-release' };
  const a = first.trim().toUpperCase();
  const b = second.trim().toUpperCase();
  const candidates = [
    ...(table.edits.get(ptpKey(a, b)) ?? []),
    ...(table.edits.get(ptpKey(b, a)) ?? []),
  ];
  const edit = candidates.find((candidate) =>
    inForce(candidate.effectiveFrom, candidate.deletedOn, dos),
  );
  return edit === undefined
    ? { status: 'none', release: table.release }
    : { status: 'edit', edit, release: table.release };
}

/**
 * Whether a code is an add-on code on a date of service and, if so, the primary codes it may
 * be billed with (edits and primary codes in force that day). Type 2 edits list only
 * `CCCCC`: the contractor decides, `contractorDefined` is then true.
 */
export function addOnPrimaries(
  store: NcciStore,
  code: string,
  dos: IsoDate,
): NcciAnswer<
  | {
      readonly status: 'add-on';
      readonly types: readonly AocEditType[];
      readonly primaries: readonly AocEdit[];
      readonly contractorDefined: boolean;
    }
  | { readonly status: 'not-add-on' }
> {
  const table = releaseOn(store.aoc, dos);
  if (table === undefined) return { status: 'no-release' };
  const edits = (table.byAddOn.get(code.trim().toUpperCase()) ?? []).filter(
    (edit) =>
      inForce(edit.effectiveFrom, edit.deletedOn, dos) &&
      (edit.primaryDeletedOn === undefined || dos <= edit.primaryDeletedOn),
  );
  if (edits.length === 0) return { status: 'not-add-on', release: table.release };
  return {
    status: 'add-on',
    types: [...new Set(edits.map((edit) => edit.type))].sort(),
    primaries: edits.filter((edit) => edit.primaryCode !== CONTRACTOR_DEFINED_PRIMARY),
    contractorDefined: edits.some((edit) => edit.primaryCode === CONTRACTOR_DEFINED_PRIMARY),
    release: table.release,
  };
}
