import type { IsoDate } from '../../dates/index.ts';
import { formatIcd10cm } from '../../identifiers/index.ts';
import type { ProcedureCode } from '../../identifiers/index.ts';
import type { ScrubClaim, ScrubLine } from '../scrub-claim.ts';

/** A diagnosis code as printed on the paper form and in coder messages: `S52.531A`. */
export const dx = (code: string): string => formatIcd10cm(code);

/** A procedure code from text: five digits or four and F/T/U is CPT, anything else HCPCS. */
export function procedureOf(code: string): ProcedureCode {
  return { system: /^\d{4}[\dFTU]$/.test(code) ? 'cpt' : 'hcpcs', code };
}

/** E/M services, CPT 99202–99499 (NCCI Policy Manual chapter 11, section B). */
export function isEvaluationAndManagement(code: string): boolean {
  if (!/^99\d{3}$/.test(code)) return false;
  const n = Number(code);
  return n >= 99202 && n <= 99499;
}

/** Modifiers that may bypass a PTP edit with modifier indicator 1 (NCCI Policy Manual ch. 1, E.1). */
export const PTP_BYPASS_MODIFIERS: ReadonlySet<string> = new Set([
  '24',
  '25',
  '27',
  '57',
  '58',
  '59',
  '78',
  '79',
  '91',
  'XE',
  'XS',
  'XP',
  'XU',
  'E1',
  'E2',
  'E3',
  'E4',
  'FA',
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'TA',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'LT',
  'RT',
  'LC',
  'LD',
  'RC',
  'LM',
  'RI',
]);

/** The separate-service modifiers whose only job is to bypass a PTP edit. */
export const DISTINCT_SERVICE_MODIFIERS: ReadonlySet<string> = new Set([
  '59',
  'XE',
  'XS',
  'XP',
  'XU',
]);

/** Each line with its index, grouped by date of service. */
export function linesByDate(
  claim: ScrubClaim,
): Map<IsoDate, { readonly line: ScrubLine; readonly index: number }[]> {
  const groups = new Map<IsoDate, { line: ScrubLine; index: number }[]>();
  claim.lines.forEach((line, index) => {
    groups.set(line.serviceDate, [...(groups.get(line.serviceDate) ?? []), { line, index }]);
  });
  return groups;
}

/** Up to `max` codes for a message, with "…" when there are more. */
export function someCodes(codes: readonly string[], format = (c: string) => c, max = 5): string {
  const shown = codes.slice(0, max).map(format).join(', ');
  return codes.length > max ? `${shown}…` : shown;
}
