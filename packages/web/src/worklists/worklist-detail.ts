import type { Adjustment } from '../api/types.ts';
import { formatCents } from '../format.ts';

const isAdjustment = (value: unknown): value is Adjustment =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Adjustment).group === 'string' &&
  typeof (value as Adjustment).reason === 'string' &&
  typeof (value as Adjustment).amount === 'number';

function show(value: unknown): string {
  if (isAdjustment(value)) return `${value.group}-${value.reason} ${formatCents(value.amount)}`;
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return value === null || value === undefined ? '—' : JSON.stringify(value);
}

/**
 * A work item's facts as label/value lines a biller reads: CAS adjustments as `CO-97 $235.00`,
 * lists joined, nothing as raw JSON unless it has no better form; `shownElsewhere` keys left out.
 */
export function detailLines(
  detail: unknown,
  shownElsewhere: readonly string[] = [],
): [string, string][] {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return [];
  return Object.entries(detail)
    .filter(([key]) => !shownElsewhere.includes(key))
    .map(([key, value]) => [key, show(value)]);
}
