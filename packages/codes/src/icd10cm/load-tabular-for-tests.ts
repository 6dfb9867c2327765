import { ICD10CM_FILES, readCodeset } from './codesets-for-tests.ts';
import { findTabularFile, parseTabular } from './tabular-parser.ts';
import type { Tabular } from './tabular-types.ts';

let cached: Promise<Tabular> | undefined;

/** The FY2021 Tabular List XML, parsed once per test file. */
export function officialTabular2021(): Promise<Tabular> {
  cached ??= readCodeset(ICD10CM_FILES.fy2021Tabular).then((files) => {
    const file = findTabularFile(files);
    if (!file) throw new Error('FY2021 tabular XML not found');
    return parseTabular(file);
  });
  return cached;
}
