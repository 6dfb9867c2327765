import { MedbillError } from '@medbill/core';

export interface DownloadLimits {
  /** No answer (headers) within this long: the site cannot be reached. */
  readonly connectTimeoutMs: number;
  /** No bytes for this long while the body arrives: the transfer has stalled. */
  readonly stallTimeoutMs: number;
}

export const DEFAULT_LIMITS: DownloadLimits = { connectTimeoutMs: 5_000, stallTimeoutMs: 30_000 };

/**
 * GETs a URL into memory. Fails fast and plainly when offline: a site that does not answer
 * within `connectTimeoutMs` (or a name that does not resolve) is an error naming the host, not a
 * hang; a transfer that stalls for `stallTimeoutMs` is abandoned.
 */
export async function download(
  url: string,
  limits: DownloadLimits,
  onBytes: (received: number, total: number | undefined) => void = () => undefined,
): Promise<Uint8Array> {
  const abort = new AbortController();
  let timer = setTimeout(
    () => abort.abort(new Error(`no answer within ${limits.connectTimeoutMs / 1000} s`)),
    limits.connectTimeoutMs,
  );
  const host = new URL(url).host;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, redirect: 'follow' });
    } catch (error) {
      throw new MedbillError('not_found', `Cannot reach ${host} (${reason(error)}): ${url}`);
    }
    if (!response.ok || !response.body) {
      throw new MedbillError('not_found', `${host} answered ${response.status} for ${url}`);
    }
    const total = Number(response.headers.get('content-length')) || undefined;
    const chunks: Uint8Array[] = [];
    let received = 0;
    const stalled = () => abort.abort(new Error('transfer stalled'));
    clearTimeout(timer);
    timer = setTimeout(stalled, limits.stallTimeoutMs);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    try {
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        clearTimeout(timer);
        timer = setTimeout(stalled, limits.stallTimeoutMs);
        chunks.push(part.value);
        received += part.value.byteLength;
        onBytes(received, total);
      }
    } catch (error) {
      throw new MedbillError('not_found', `Download of ${url} failed: ${reason(error)}`);
    }
    return new Uint8Array(Buffer.concat(chunks));
  } finally {
    clearTimeout(timer);
  }
}

/** The innermost cause, which says what went wrong (ENOTFOUND, ECONNREFUSED, no answer). */
function reason(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
