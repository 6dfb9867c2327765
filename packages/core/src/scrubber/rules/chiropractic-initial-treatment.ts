import type { ScrubRule } from '../rule.ts';

/** Chiropractic manipulative treatment, spinal (CPT 98940–98942). */
const SPINAL_CMT = new Set(['98940', '98941', '98942']);

/**
 * Medicare pays spinal manipulation only with the date the course of treatment began: 837P 2300
 * DTP*454 initial treatment date (CMS-1500 item 14/15). CMS Pub. 100-04 ch. 26 §10.2 (item 14:
 * "for chiropractic services, enter the date of the initiation of the course of treatment").
 */
export const chiropracticInitialTreatment: ScrubRule = {
  id: 'ONSET-CMT-001',
  category: 'payer',
  severity: 'deny',
  source: 'CMS Pub. 100-04 ch. 26 §10.2 item 14 (chiropractic); 837P 2300 DTP*454',
  title: 'Medicare spinal manipulation (98940–98942) carries the initial treatment date',
  check: (claim) => {
    if (claim.kind !== 'professional' || claim.payer.claimFilingIndicator !== 'MB') return [];
    if (claim.conditions?.initialTreatmentDate !== undefined) return [];
    const index = claim.lines.findIndex((l) => SPINAL_CMT.has(l.procedure.code));
    const cmt = claim.lines[index];
    if (cmt === undefined) return [];
    return [
      {
        field: 'conditions.initialTreatmentDate',
        location: { scope: 'line', line: index + 1 },
        message: `Medicare needs the date the course of chiropractic treatment began (DTP*454) to pay ${cmt.procedure.code} (spinal manipulation).`,
        fix: 'Enter the initial treatment date of this course of treatment.',
      },
    ];
  },
};
