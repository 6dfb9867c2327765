import { ADJUSTMENT_GROUP_LABELS } from '@medbill/core';
import type { AdjustmentGroup, DenialReason } from '@medbill/core';
import type { CodeSetCatalog } from './code-set-catalog.ts';

interface Adjustment {
  readonly group: string;
  readonly reason: string;
}

const isAdjustment = (value: unknown): value is Adjustment =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Adjustment).group === 'string' &&
  typeof (value as Adjustment).reason === 'string';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export interface ExplainedReasons {
  /** CAS group and reason, e.g. CO-97, with the CARC text. */
  readonly reasons: DenialReason[];
  /** Remittance advice remark codes (RARC) with their text. */
  readonly remarks: DenialReason[];
}

/**
 * The reason and remark codes of a denial in the X12 code lists' words (the newest CARC/RARC
 * lists loaded); a code the lists do not have keeps only its code.
 */
export function explainReasons(detail: unknown, catalog: CodeSetCatalog): ExplainedReasons {
  const lists = catalog.loaded?.codeSets.reference?.carcRarc.at(-1);
  const fields = (typeof detail === 'object' && detail !== null ? detail : {}) as Record<
    string,
    unknown
  >;
  const adjustments = Array.isArray(fields.adjustments)
    ? fields.adjustments.filter(isAdjustment)
    : [];
  const seen = new Set<string>();
  const reasons = adjustments.flatMap((a): DenialReason[] => {
    const code = `${a.group}-${a.reason}`;
    if (seen.has(code)) return [];
    seen.add(code);
    const group = ADJUSTMENT_GROUP_LABELS[a.group as AdjustmentGroup] as string | undefined;
    const text = lists?.carc.codes.get(a.reason)?.description;
    return [{ code, text: [group, text].filter(Boolean).join(': ') || undefined }];
  });
  const remarks = [...new Set(strings(fields.remarks))].map((code) => ({
    code,
    text: lists?.rarc.codes.get(code)?.description,
  }));
  return { reasons, remarks };
}
