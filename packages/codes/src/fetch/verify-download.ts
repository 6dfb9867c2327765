import { createHash } from 'node:crypto';
import type { Problem } from '@medbill/core';
import { unwrap, type SourceFile } from '../source-files.ts';
import { downloadName, type ReleaseDownload } from './release-manifest.ts';

export type DownloadCheck =
  | {
      readonly ok: true;
      readonly files: SourceFile[];
      readonly verified: 'sha256' | 'size' | 'none';
    }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Checks a download against its manifest entry: its SHA-256 (or the SHA-256 of the files inside
 * it the entry names) and its size. A download that fails any check is refused whole; one the
 * manifest has no hash for passes, saying how little was checked.
 */
export function checkDownload(download: ReleaseDownload, bytes: Uint8Array): DownloadCheck {
  const name = downloadName(download);
  const problems: Problem[] = [];
  const refuse = (message: string) =>
    problems.push({ path: name, code: 'download_mismatch', message });
  if (download.bytes !== undefined && bytes.byteLength !== download.bytes) {
    refuse(`${bytes.byteLength} bytes, expected ${download.bytes}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (download.sha256 !== undefined && sha256 !== download.sha256) {
    refuse(`SHA-256 ${sha256}, expected ${download.sha256}`);
  }
  let files: SourceFile[] = [];
  try {
    files = unwrap(name, bytes);
  } catch (error) {
    refuse(`cannot be read as published (${String(error)})`);
  }
  for (const [member, expected] of Object.entries(download.members ?? {})) {
    const found = files.find((file) => file.name.split('/').pop() === member);
    if (!found) refuse(`has no ${member}`);
    else if (found.sha256 !== expected) {
      refuse(`${member} has SHA-256 ${found.sha256}, expected ${expected}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const verified =
    download.sha256 !== undefined || download.members !== undefined
      ? 'sha256'
      : download.bytes !== undefined
        ? 'size'
        : 'none';
  return { ok: true, files, verified };
}
