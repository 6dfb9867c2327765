export { downloadName, RELEASE_MANIFEST, type ReleaseDownload } from './release-manifest.ts';
export { checkDownload, type DownloadCheck } from './verify-download.ts';
