import { invalid, type IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { decodeText, type SourceFile } from '../source-files.ts';
import { parseOrderFile, type OrderFileRows } from './order-file.ts';
import { releasePeriodFromFileName } from './release-naming.ts';

/** One ICD-10-CM release as read from its order file: the period and the rows. */
export interface OrderRelease {
  readonly release: Release;
  readonly rows: OrderFileRows;
}

/** Overrides for a file whose name does not follow the CDC pattern. */
export interface OrderReleaseOptions {
  readonly version?: string;
  readonly effectiveFrom?: IsoDate;
  readonly effectiveTo?: IsoDate;
}

/** `icd10cm-order-2026.txt`, `icd10cm_order_2021.txt`, `icd10cm-order-April-2025.txt`; not the addenda. */
const ORDER_FILE = /(?:^|\/)icd10cm[-_ ]order[-_ ](?:[a-z]+[-_ ])?\d{4}\.txt$/i;

/** Whether a file in a release is the order file (the addenda files are not). */
export function isOrderFileName(name: string): boolean {
  return ORDER_FILE.test(name) && !/addenda/i.test(name);
}

/**
 * Imports the ICD-10-CM order file found among the files of a CDC release (the
 * "Code Descriptions" zip, a folder, or the bare `.txt`/`.txt.gz`): exactly one order file must
 * be present. The version and period come from the file name (see
 * {@link releasePeriodFromFileName}) unless given. All or nothing.
 *
 * @example
 * ```ts
 * const { release } = importOrderRelease(await readSourceFiles('icd10cm-Code-Descriptions-2026.zip'));
 * release.version; // 'FY2026' (2025-10-01 to 2026-09-30)
 * ```
 */
export function importOrderRelease(
  files: readonly SourceFile[],
  options: OrderReleaseOptions = {},
): OrderRelease {
  const candidates = files.filter((file) => isOrderFileName(file.name));
  const [file] = candidates;
  if (!file || candidates.length > 1) {
    throw invalid('Expected exactly one ICD-10-CM order file (icd10cm-order-YYYY.txt)', [
      {
        path: files.map((f) => f.name).join(', ') || '(no files)',
        message: `found ${candidates.length} order files`,
      },
    ]);
  }
  const period = releasePeriodFromFileName(file.name);
  const version = options.version ?? period?.version;
  const effectiveFrom = options.effectiveFrom ?? period?.effectiveFrom;
  const effectiveTo = options.effectiveTo ?? period?.effectiveTo;
  if (version === undefined || effectiveFrom === undefined) {
    throw invalid(`Cannot tell the fiscal year of ${file.name}`, [
      {
        path: file.name,
        message:
          'expected a name ending in -YYYY.txt or -Month-YYYY.txt, or a version and effectiveFrom option',
      },
    ]);
  }
  const rows = parseOrderFile(decodeText(file.bytes), file.name);
  const release: Release = {
    system: 'icd10cm',
    version,
    effectiveFrom,
    ...(effectiveTo === undefined ? {} : { effectiveTo }),
    sources: [{ name: file.name, sha256: file.sha256 }],
  };
  return { release, rows };
}
