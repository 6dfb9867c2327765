import type { IsoDate } from '@medbill/core';
import { parseIsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';

/** Whether X12 lists a code as in use or deactivated (the only status the scrape kept). */
export type AdjustmentCodeStatus = 'current' | 'deactivated';

/** One Claim Adjustment Reason Code (835 CAS02) or Remittance Advice Remark Code (LQ02). */
export interface AdjustmentCode {
  readonly code: string;
  readonly description: string;
  readonly status: AdjustmentCodeStatus;
}

/** The CARC and RARC lists of one snapshot: a release of `carc` and one of `rarc`. */
export interface CarcRarcRelease {
  readonly carc: { readonly release: Release; readonly codes: ReadonlyMap<string, AdjustmentCode> };
  readonly rarc: { readonly release: Release; readonly codes: ReadonlyMap<string, AdjustmentCode> };
}

const CODE_SHAPE = { carc: /^[A-Z]?\d{1,3}$/, rarc: /^[A-Z]{1,2}\d{1,3}$/ } as const;

/**
 * Imports the CARC/RARC snapshot `x12_carc_rarc_2026-08-17.json`:
 * `{ source: { retrievedAt }, carc: { "<code>": { text, status } }, rarc: { … } }`.
 *
 * This is **a scrape of the x12.org code-list pages**, not an X12 data file (X12 publishes the
 * lists only as web pages). The scraper kept each code's text and its current/deactivated
 * status, **not the start, last-modified or stop dates** X12 shows, so a lookup cannot tell
 * when a deactivated code stopped being valid. Both releases are dated from `retrievedAt`.
 *
 * @throws MedbillError (`invalid`) for JSON of another shape, every problem located by line.
 */
export function importCarcRarc(file: SourceFile): CarcRarcRelease {
  const text = decodeText(file.bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw importFailure({ file: file.name, line: 1 }, 'JSON', String(error));
  }
  const retrievedText = field(field(data, 'source'), 'retrievedAt');
  const retrievedAt = parseIsoDate(typeof retrievedText === 'string' ? retrievedText : '');
  if (!retrievedAt.ok)
    throw importFailure(
      { file: file.name, line: 1, field: 'source.retrievedAt' },
      'a YYYY-MM-DD date',
    );
  const problems = new ImportProblems(file.name);
  const read = (list: 'carc' | 'rarc') => {
    const codes = new Map<string, AdjustmentCode>();
    const entries = field(data, list);
    if (typeof entries !== 'object' || entries === null) {
      problems.add(1, list, `an object of ${list.toUpperCase()} codes`);
      return codes;
    }
    for (const [code, entry] of Object.entries(entries)) {
      const description = field(entry, 'text');
      const status = field(entry, 'status');
      const line = (): number => lineOf(text, list, code);
      if (!CODE_SHAPE[list].test(code))
        problems.add(line(), `${list}.${code}`, `a ${list.toUpperCase()} code`, code);
      if (typeof description !== 'string' || description.trim() === '') {
        problems.add(line(), `${list}.${code}.text`, 'a description');
      }
      if (status !== 'current' && status !== 'deactivated') {
        problems.add(
          line(),
          `${list}.${code}.status`,
          '"current" or "deactivated"',
          String(status),
        );
      }
      codes.set(code, {
        code,
        description: typeof description === 'string' ? description.trim() : '',
        status: status === 'deactivated' ? 'deactivated' : 'current',
      });
    }
    return codes;
  };
  const carc = read('carc');
  const rarc = read('rarc');
  problems.throwIfAny();
  const release = (system: 'carc' | 'rarc', effectiveFrom: IsoDate): Release => ({
    system,
    version: effectiveFrom,
    effectiveFrom,
    sources: [{ name: file.name, sha256: file.sha256 }],
  });
  return {
    carc: { release: release('carc', retrievedAt.value), codes: carc },
    rarc: { release: release('rarc', retrievedAt.value), codes: rarc },
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The line of `"code":` inside the `list` object (computed only when reporting a problem). */
function lineOf(text: string, list: string, code: string): number {
  const start = text.indexOf(`"${list}"`);
  const at = text.indexOf(JSON.stringify(code), Math.max(start, 0));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
