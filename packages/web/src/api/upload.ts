import { changeHeaders, problemOf } from './http.ts';
import { NdjsonReader } from './ndjson.ts';

export interface UploadHandlers<T> {
  /** Bytes of the file sent so far (the browser reports this a few times a second). */
  readonly onSent: (sent: number, total: number) => void;
  /** Each line of the answer as soon as it has arrived, while the server is still working. */
  readonly onLine: (line: T) => void;
}

/** The content type the server reads a release file as, from its name. */
export function uploadContentType(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.zip')) return 'application/zip';
  if (lower.endsWith('.gz')) return 'application/gzip';
  return 'application/octet-stream';
}

/**
 * POSTs a file as the request body and reads the answer as NDJSON while it arrives. It uses
 * XMLHttpRequest because fetch reports no upload progress. Resolves when the answer is complete;
 * rejects with an ApiProblem when the server refuses the request, or with a TypeError when it
 * cannot be reached.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  handlers: UploadHandlers<T>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const reader = new NdjsonReader<T>();
    const ok = () => xhr.status >= 200 && xhr.status < 300;
    const readLines = () => {
      if (ok()) for (const line of reader.read(xhr.responseText)) handlers.onLine(line);
    };
    xhr.upload.addEventListener('progress', (event) => {
      handlers.onSent(event.loaded, event.lengthComputable ? event.total : file.size);
    });
    xhr.addEventListener('progress', readLines);
    xhr.addEventListener('load', () => {
      if (ok()) {
        readLines();
        resolve();
        return;
      }
      reject(problemOf(xhr.status, problemBody(xhr)));
    });
    xhr.addEventListener('error', () => reject(new TypeError('The upload failed.')));
    xhr.addEventListener('abort', () => reject(new TypeError('The upload was cancelled.')));
    xhr.open('POST', path);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(changeHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/problem+json');
    xhr.setRequestHeader('content-type', uploadContentType(file.name));
    xhr.send(file);
  });
}

function problemBody(xhr: XMLHttpRequest): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (typeof body === 'object' && body !== null) return body as Record<string, unknown>;
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  return { detail: `The server answered ${xhr.status} ${xhr.statusText}.` };
}
