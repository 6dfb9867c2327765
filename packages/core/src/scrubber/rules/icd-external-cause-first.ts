import type { ScrubRule } from '../rule.ts';
import { dx } from './code-set-helpers.ts';

/**
 * External cause codes (V00–Y99) say how an injury happened; they are never the first-listed
 * diagnosis. ICD-10-CM Official Guidelines I.C.20.a.
 */
export const icdExternalCauseFirst: ScrubRule = {
  id: 'ICD-EXTCAUSE-001',
  category: 'diagnosis',
  severity: 'reject',
  source: 'ICD-10-CM Official Guidelines I.C.20.a (external cause codes never first-listed)',
  title: 'An external cause code (V00–Y99) is not first-listed',
  check: (claim) => {
    const first = claim.diagnoses[0];
    if (first === undefined || !/^[V-Y]\d/.test(first)) return [];
    const injury = claim.diagnoses.find((c) => !/^[V-Y]\d/.test(c));
    return [
      {
        field: 'diagnoses.1',
        message: `${dx(first)} is an external cause code (V00–Y99) and may not be the first-listed diagnosis.`,
        fix: injury
          ? `List the injury or condition first (${dx(injury)}), the external cause after it.`
          : 'Add the injury or condition it explains and list it first.',
      },
    ];
  },
};
