import type { ApiFile } from '../api/http.ts';

/** Hands a file the API produced to the browser as a download (the user's "Save" or viewer). */
export function saveFile({ blob, fileName }: ApiFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
