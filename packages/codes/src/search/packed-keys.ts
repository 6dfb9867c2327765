/**
 * Lookups in a sorted array of packed keys `hash × space + id` (one number per entry, exact in a
 * double while it stays under 2⁵³): the ids stored under one hash, in ascending order.
 */
export function idsWithHash(keys: Float64Array, hash: number, space: number): number[] {
  const from = hash * space;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const ids: number[] = [];
  for (let i = lo; i < keys.length && keys[i]! < from + space; i += 1) ids.push(keys[i]! - from);
  return ids;
}
