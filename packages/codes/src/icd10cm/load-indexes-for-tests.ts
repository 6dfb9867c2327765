import { ICD10CM_FILES, readCodeset } from './codesets-for-tests.ts';
import { indexKindOf, parseIndex } from './index-parser.ts';
import type { AlphabeticIndex } from './index-types.ts';

let cached: Promise<AlphabeticIndex[]> | undefined;

/** The FY2017 index/eindex/drug/neoplasm XML and the FY2025 drug, neoplasm and eindex XML. */
export function officialIndexes(): Promise<AlphabeticIndex[]> {
  cached ??= Promise.all(
    [
      ICD10CM_FILES.fy2017Full,
      ICD10CM_FILES.drug2025,
      ICD10CM_FILES.neoplasm2025,
      ICD10CM_FILES.eindex2025,
    ].map(readCodeset),
  ).then((sets) =>
    sets
      .flat()
      .filter((file) => indexKindOf(file.name) !== undefined)
      .map((file) => parseIndex(file)),
  );
  return cached;
}

/** One of {@link officialIndexes} by kind and version. */
export async function officialIndex(
  kind: AlphabeticIndex['kind'],
  version: string,
): Promise<AlphabeticIndex> {
  const found = (await officialIndexes()).find(
    (index) => index.kind === kind && index.version === version,
  );
  if (!found) throw new Error(`no ${kind} ${version}`);
  return found;
}
