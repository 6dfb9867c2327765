import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the official release files are, for tests and benchmarks: `MEDBILL_CODESETS_DIR`, or
 * `../shared/codesets` beside the repository. The files are never copied into the repo.
 */
export function codesetsPath(...parts: string[]): string {
  const root =
    process.env['MEDBILL_CODESETS_DIR'] ??
    fileURLToPath(new URL('../../../../../shared/codesets', import.meta.url));
  return join(root, ...parts);
}
