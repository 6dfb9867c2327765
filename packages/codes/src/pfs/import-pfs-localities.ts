import type { SourceFile } from '../source-files.ts';
import { importFailure } from '../common/import-problems.ts';
import { importAnesthesia } from './import-anes.ts';
import { importGpci } from './import-gpci.ts';
import { importLocco } from './import-locco.ts';
import { localityFileYear } from './pfs-release-name.ts';
import type { PfsLocalityRelease } from './pfs-types.ts';

const base = (name: string): string => name.split('/').pop() ?? name;

/**
 * Imports the locality files of one fee-schedule year from a PFS bundle (the `RVU25D` zip or
 * folder): `GPCI2025.csv` (required), `ANES2025.csv` and `25LOCCO.csv` (when present). The
 * fixed-width `.txt` copies of the same files are not read; the CSV copies carry the same rows.
 *
 * @throws MedbillError (`invalid`) for a missing GPCI file, mixed years or bad rows.
 */
export function importPfsLocalities(files: readonly SourceFile[]): PfsLocalityRelease {
  const find = (pattern: RegExp): SourceFile | undefined =>
    files.find((file) => pattern.test(base(file.name)));
  const gpciFile = find(/^GPCI\d{4}\.csv$/i);
  if (gpciFile === undefined) {
    throw importFailure(
      { file: files[0]?.name ?? '(no files)', line: 1 },
      'a GPCI file named like GPCI2025.csv',
    );
  }
  const year = localityFileYear(gpciFile.name) ?? 0;
  const anesFile = find(/^ANES\d{4}\.csv$/i);
  const loccoFile = find(/^\d{2}LOCCO\.csv$/i);
  for (const file of [anesFile, loccoFile]) {
    if (file !== undefined && localityFileYear(file.name) !== year) {
      throw importFailure({ file: file.name, line: 1 }, `a file for ${year}, like the GPCI file`);
    }
  }
  const anes = anesFile === undefined ? undefined : importAnesthesia(anesFile);
  const used = [gpciFile, anesFile, loccoFile].filter((file) => file !== undefined);
  return {
    year,
    gpci: importGpci(gpciFile),
    anesthesia: anes?.anesthesia ?? new Map(),
    ...(anes?.nationalCf === undefined ? {} : { nationalAnesthesiaCf: anes.nationalCf }),
    counties: loccoFile === undefined ? [] : importLocco(loccoFile),
    sources: used.map((file) => ({ name: file.name, sha256: file.sha256 })),
  };
}
