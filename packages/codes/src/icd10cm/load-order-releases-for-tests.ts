import { ICD10CM_FILES, readCodeset } from './codesets-for-tests.ts';
import { buildCodeIndex, type CodeIndex } from './code-index.ts';
import { importOrderRelease, type OrderRelease } from './order-release.ts';

let cached: Promise<OrderRelease[]> | undefined;

/** FY2021 (Jan), FY2025 and FY2026 order releases from the official files, read once per test file. */
export function officialOrderReleases(): Promise<OrderRelease[]> {
  cached ??= Promise.all(
    [ICD10CM_FILES.fy2021Order, ICD10CM_FILES.fy2025, ICD10CM_FILES.fy2026].map(async (file) =>
      importOrderRelease(await readCodeset(file)),
    ),
  );
  return cached;
}

/** The versioned index over {@link officialOrderReleases}. */
export async function officialCodeIndex(): Promise<CodeIndex> {
  return buildCodeIndex(await officialOrderReleases());
}
