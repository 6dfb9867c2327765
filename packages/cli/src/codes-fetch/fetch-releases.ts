import { checkDownload, downloadName, RELEASE_MANIFEST } from '@medbill/codes';
import type { ReleaseDownload, SourceFile } from '@medbill/codes';
import { invalid } from '@medbill/core';
import { DEFAULT_LIMITS, download, type DownloadLimits } from './download.ts';

export interface FetchOptions {
  readonly manifest?: readonly ReleaseDownload[];
  /** A mirror of the publishers' sites: `<mirror>/<host>/<path>` is fetched instead of the URL. */
  readonly mirror?: string;
  readonly limits?: DownloadLimits;
  readonly onProgress?: (message: string) => void;
}

export interface FetchedReleases {
  readonly files: SourceFile[];
  /** Downloads the manifest has no SHA-256 for, with what was checked instead. */
  readonly unverified: readonly string[];
}

/**
 * Downloads every release of the manifest and checks each against it. All of them are fetched
 * and checked before anything is handed on, so that one bad file means nothing is imported.
 *
 * @throws MedbillError `not_found` when a site cannot be reached, `invalid` (with one problem per
 * mismatch) when a download is not the file the manifest names.
 */
export async function fetchReleases(options: FetchOptions = {}): Promise<FetchedReleases> {
  const manifest = options.manifest ?? RELEASE_MANIFEST;
  const progress = options.onProgress ?? (() => undefined);
  const files: SourceFile[] = [];
  const unverified: string[] = [];
  const problems = [];
  for (const entry of manifest) {
    const url = options.mirror ? mirrored(entry.url, options.mirror) : entry.url;
    progress(`${entry.system} ${entry.release}: ${url}`);
    const bytes = await download(url, options.limits ?? DEFAULT_LIMITS);
    const check = checkDownload(entry, bytes);
    if (!check.ok) {
      problems.push(...check.problems);
      continue;
    }
    files.push(...check.files);
    if (check.verified !== 'sha256') {
      unverified.push(
        `${downloadName(entry)} (${check.verified === 'size' ? 'size checked, no SHA-256 known' : 'not checked'})`,
      );
    }
  }
  if (problems.length > 0) {
    throw invalid(
      'Downloaded files are not the releases the manifest names; nothing was imported.',
      problems,
    );
  }
  return { files, unverified };
}

function mirrored(url: string, mirror: string): string {
  const { host, pathname } = new URL(url);
  return `${mirror.replace(/\/+$/, '')}/${host}${pathname}`;
}
