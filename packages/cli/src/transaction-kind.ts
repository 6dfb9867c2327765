import { element, parseSegments } from '@medbill/x12';

/** What kind of transaction a file holds, from its ST01 and ST03 (GS08 when ST03 is empty). */
export function transactionKind(text: string): string {
  const segments = parseSegments(text);
  const st = segments.find((s) => s.id === 'ST');
  const gs = segments.find((s) => s.id === 'GS');
  const guide = (st ? element(st, 3) : '') || (gs ? element(gs, 8) : '');
  return st ? `${element(st, 1)}${guide ? ` (${guide})` : ''}` : 'unknown';
}
