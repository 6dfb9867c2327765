import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/** One file of a release, as published: a name (path inside a zip, if any) and its bytes. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/**
 * Reads a release as CMS/CDC publish it, whatever the wrapping: a folder, a `.zip` (zips inside
 * zips included), a `.gz`, or a plain file. Files come back flattened, names joined with `/`.
 */
export async function readSourceFiles(path: string): Promise<SourceFile[]> {
  if ((await stat(path)).isDirectory()) {
    const names = (await readdir(path)).sort();
    return (await Promise.all(names.map((name) => readSourceFiles(join(path, name))))).flat();
  }
  return unwrap(basename(path), new Uint8Array(await readFile(path)));
}

/** Expands zips and gzip in memory; anything else is returned as it is. */
export function unwrap(name: string, bytes: Uint8Array): SourceFile[] {
  const lower = name.toLowerCase();
  if (lower.endsWith('.zip')) {
    const entries = unzipSync(bytes);
    return Object.entries(entries)
      .filter(([entry]) => !entry.endsWith('/') && !entry.startsWith('__MACOSX/'))
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([entry, content]) => unwrap(`${name}/${entry}`, content));
  }
  if (lower.endsWith('.gz')) return unwrap(name.slice(0, -3), new Uint8Array(gunzipSync(bytes)));
  return [{ name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }];
}

/**
 * Decodes a CMS text file. The published files are Windows-1252 (accented inclusion terms in
 * the order file, the ® and ™ in HCPCS descriptors); plain UTF-8 files decode the same way
 * unless they carry multi-byte characters, in which case UTF-8 is used.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const text = utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
