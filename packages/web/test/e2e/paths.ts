import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const webRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** Debian's chromium (CI installs it with apt-get); without it the end-to-end suite is skipped. */
export const chromiumPath = process.env.MEDBILL_CHROMIUM ?? '/usr/bin/chromium';

/** The official code-set release files the coder's encoder searches. */
export const codesetsDir =
  process.env.MEDBILL_CODESETS_DIR ??
  fileURLToPath(new URL('../shared/codesets', new URL('../../../../', import.meta.url)));

/** Why the suite cannot run here; in CI a missing piece fails the run instead of skipping it. */
export function e2eMissing(): string | undefined {
  const missing = !existsSync(chromiumPath)
    ? `no chromium at ${chromiumPath} (apt-get install -y chromium)`
    : !existsSync(codesetsDir)
      ? `no code sets at ${codesetsDir} (set MEDBILL_CODESETS_DIR)`
      : undefined;
  if (missing !== undefined && process.env.CI) {
    throw new Error(`The browser tests must run in CI, but there is ${missing}.`);
  }
  return missing;
}
