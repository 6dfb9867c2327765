/**
 * A fresh key for a request that must take effect once however often it is sent (a double
 * click, a retry after a timeout). `crypto.getRandomValues` works on plain-http intranet hosts
 * too, where `crypto.randomUUID` is missing.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
