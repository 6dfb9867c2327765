/** Integer cents as dollars, e.g. 12345 → "$123.45", -500 → "-$5.00". Never through a float. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** An ICD-10-CM code with its dot: "S93401A" → "S93.401A", "I10" → "I10". */
export function formatIcd10cm(code: string): string {
  const bare = code.replace('.', '').toUpperCase();
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

/** "in_batch" → "in batch". */
export function statusLabel(status: string): string {
  return status.replace(/_/g, ' ');
}

/** A file size as people read it: 980 → "980 bytes", 52_000 → "51 KB", 48_300_000 → "46.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
