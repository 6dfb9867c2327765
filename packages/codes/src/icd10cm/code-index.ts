import { addDays, compareIsoDate, type IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import { invalidMessage, type CodeLookup, type CodeVersion } from './code-lookup.ts';
import type { OrderRelease } from './order-release.ts';
import { createStringPool } from './string-pool.ts';

/** Row status in one release: absent, header (flag 0), billable (flag 1). */
export const ABSENT = 0;
export const HEADER = 1;
export const BILLABLE = 2;

/**
 * The plain data behind a {@link CodeIndex}: every code of every release once (sorted, so a
 * prefix's descendants are contiguous), titles interned once, and per release one status byte
 * and two title ids per code. This is what a snapshot stores.
 */
export interface CodeIndexData {
  /** Releases sorted by start, each ending the day before the next starts (or at its FY end). */
  readonly releases: readonly Release[];
  readonly codes: readonly string[];
  readonly titles: readonly string[];
  /** Per release: {@link ABSENT} / {@link HEADER} / {@link BILLABLE} per code. */
  readonly status: readonly Uint8Array[];
  readonly shortTitle: readonly Int32Array[];
  readonly longTitle: readonly Int32Array[];
}

/**
 * How a code system's codes are typed and shown. The index itself only knows order-file rows;
 * ICD-10-CM (dotted on screen) and ICD-10-PCS (never dotted) share it.
 */
export interface CodeText {
  /** As people name the system in messages: `ICD-10-CM`. */
  readonly system: string;
  /** The stored form of what a person typed; undefined when it is not code-shaped. */
  readonly normalize: (text: string) => string | undefined;
  readonly display: (code: string) => string;
}

export const ICD10CM_CODE_TEXT: CodeText = {
  system: 'ICD-10-CM',
  normalize: normalizeIcd10cmCode,
  display: formatIcd10cmCode,
};

/** Several ICD-10-CM (or ICD-10-PCS) releases, answering for a code on a date of service. */
export interface CodeIndex {
  readonly data: CodeIndexData;
  /** The position in `data.releases` of the release in force on `dateOfService`. */
  releaseOn(dateOfService: IsoDate): number | undefined;
  /** The code's status byte in release `release` ({@link ABSENT} for unknown codes). */
  statusIn(code: string, release: number): number;
  /** Codes of release `release` that start with `prefix` (itself included), in code order. */
  codesWithPrefix(prefix: string, release: number): string[];
  /** The code as one release has it. */
  versionIn(code: string, release: number): CodeVersion | undefined;
  /**
   * The code in the release in force on the date of service, or why it is not valid there
   * with the nearest releases that have it. Accepts dotted or dotless codes.
   */
  lookup(code: string, dateOfService: IsoDate): CodeLookup;
}

/**
 * Builds the versioned index from imported order releases. Each release runs from its start
 * to the day before the next release starts, and never past its own end (FY N ends
 * September 30 of N); a code absent from a later release is therefore invalid for dates after
 * the earlier release ends.
 *
 * @example
 * ```ts
 * const index = buildCodeIndex([fy2025, fy2026]);
 * index.lookup('B88.01', isoDate('2025-09-30')).message; // 'B88.01 is not valid in FY2025. It is new in FY2026 (from 2025-10-01).'
 * ```
 */
export function buildCodeIndex(
  orderReleases: readonly OrderRelease[],
  text: CodeText = ICD10CM_CODE_TEXT,
): CodeIndex {
  const sorted = [...orderReleases].sort((a, b) =>
    compareIsoDate(a.release.effectiveFrom, b.release.effectiveFrom),
  );
  const codes = [...new Set(sorted.flatMap((r) => r.rows.codes))].sort();
  const position = new Map(codes.map((code, i) => [code, i]));
  const pool = createStringPool();
  const status: Uint8Array[] = [];
  const shortTitle: Int32Array[] = [];
  const longTitle: Int32Array[] = [];
  for (const { rows } of sorted) {
    const s = new Uint8Array(codes.length);
    const st = new Int32Array(codes.length).fill(-1);
    const lt = new Int32Array(codes.length).fill(-1);
    rows.codes.forEach((code, row) => {
      const at = position.get(code) ?? -1;
      s[at] = rows.billable[row] === 1 ? BILLABLE : HEADER;
      st[at] = pool.intern(rows.shortTitles[row] ?? '');
      lt[at] = pool.intern(rows.longTitles[row] ?? '');
    });
    status.push(s);
    shortTitle.push(st);
    longTitle.push(lt);
  }
  const releases = sorted.map(({ release }, i) =>
    withEnd(release, sorted[i + 1]?.release.effectiveFrom),
  );
  return codeIndexFromData(
    { releases, codes, titles: pool.strings, status, shortTitle, longTitle },
    text,
  );
}

function withEnd(release: Release, nextStart: IsoDate | undefined): Release {
  const dayBefore = nextStart === undefined ? undefined : addDays(nextStart, -1);
  const own = release.effectiveTo;
  const end =
    own === undefined
      ? dayBefore
      : dayBefore === undefined || compareIsoDate(own, dayBefore) <= 0
        ? own
        : dayBefore;
  const { system, version, effectiveFrom, sources } = release;
  return {
    system,
    version,
    effectiveFrom,
    sources,
    ...(end === undefined ? {} : { effectiveTo: end }),
  };
}

/** Wraps index data (built or loaded from a snapshot) with its queries. */
export function codeIndexFromData(
  data: CodeIndexData,
  text: CodeText = ICD10CM_CODE_TEXT,
): CodeIndex {
  const position = new Map(data.codes.map((code, i) => [code, i]));
  const statusIn = (code: string, release: number): number => {
    const at = position.get(code);
    return at === undefined ? ABSENT : (data.status[release]?.[at] ?? ABSENT);
  };
  const versionIn = (code: string, release: number): CodeVersion | undefined => {
    const at = position.get(code);
    const r = data.releases[release];
    const s = at === undefined ? ABSENT : (data.status[release]?.[at] ?? ABSENT);
    if (at === undefined || r === undefined || s === ABSENT) return undefined;
    return {
      release: r,
      billable: s === BILLABLE,
      shortTitle: data.titles[data.shortTitle[release]?.[at] ?? -1] ?? '',
      longTitle: data.titles[data.longTitle[release]?.[at] ?? -1] ?? '',
    };
  };
  const releaseOn = (dos: IsoDate): number | undefined => {
    const i = data.releases.findIndex(
      (r) =>
        compareIsoDate(r.effectiveFrom, dos) <= 0 &&
        (r.effectiveTo === undefined || compareIsoDate(dos, r.effectiveTo) <= 0),
    );
    return i < 0 ? undefined : i;
  };
  const codesWithPrefix = (prefix: string, release: number): string[] => {
    const found: string[] = [];
    for (let i = lowerBound(data.codes, prefix); i < data.codes.length; i++) {
      const code = data.codes[i] ?? '';
      if (!code.startsWith(prefix)) break;
      if ((data.status[release]?.[i] ?? ABSENT) !== ABSENT) found.push(code);
    }
    return found;
  };
  const lookup = (typed: string, dos: IsoDate): CodeLookup => {
    const code = text.normalize(typed) ?? typed.trim().toUpperCase();
    const display = text.display(code);
    const inForceAt = releaseOn(dos);
    const current = inForceAt === undefined ? undefined : versionIn(code, inForceAt);
    if (current) return { status: 'valid', code, display, ...current };
    const versions = data.releases.map((_, i) => versionIn(code, i));
    const startsAfter = (i: number): boolean =>
      compareIsoDate(data.releases[i]?.effectiveFrom ?? dos, dos) > 0;
    const previous = versions.findLast((v, i) => v !== undefined && !startsAfter(i));
    const next = versions.find((v, i) => v !== undefined && startsAfter(i));
    const inForce = inForceAt === undefined ? undefined : data.releases[inForceAt];
    const reason =
      inForce === undefined
        ? 'no-release-on-dos'
        : previous
          ? 'deleted'
          : next
            ? 'not-yet-valid'
            : 'unknown-code';
    const message = invalidMessage(text.system, display, reason, inForce, previous, next);
    return { status: 'not-valid-on-dos', code, display, reason, inForce, previous, next, message };
  };
  return { data, releaseOn, statusIn, codesWithPrefix, versionIn, lookup };
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
