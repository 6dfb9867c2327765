// Locates the shared X12 sample files (never copied into the repo): CI puts ../shared beside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const repoRoot = join(import.meta.dirname, '../../..');

/** Folder holding the x12-samples (MEDBILL_X12_SAMPLES_DIR overrides). */
export const samplesDir =
  process.env.MEDBILL_X12_SAMPLES_DIR ?? join(repoRoot, '../shared/x12-samples');

/** Every sample file, as a path relative to {@link samplesDir} (e.g. `835/foo.edi`). */
export function listSamples(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'README.md' && name !== 'MANIFEST.tsv')
        out.push(relative(samplesDir, path));
    }
  };
  walk(samplesDir);
  return out;
}

/** The bytes of a sample. */
export function readSample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(samplesDir, name)));
}

/** The text of a sample (UTF-8, byte-order mark kept). */
export function readSampleText(name: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readSample(name));
}
