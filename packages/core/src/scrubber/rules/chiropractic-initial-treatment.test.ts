import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import type { ScrubClaim } from '../scrub-claim.ts';
import { chiropracticInitialTreatment } from './chiropractic-initial-treatment.ts';

const manipulation = lineWith(1, { procedure: { system: 'cpt', code: '98941' } });

describe('ONSET-CMT-001 Medicare chiropractic initial treatment date', () => {
  it('passes claims without spinal manipulation', () =>
    expect(chiropracticInitialTreatment.check(cleanClaim, context)).toEqual([]));

  it('finds spinal manipulation billed to Medicare without the initial treatment date', () => {
    const [finding, ...rest] = chiropracticInitialTreatment.check(manipulation, context);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      field: 'conditions.initialTreatmentDate',
      location: { scope: 'line', line: 2 },
    });
    expect(finding?.message).toContain('98941');
    expect(finding?.message).toContain('DTP*454');
  });

  it('passes it with the date, and other payers without it', () => {
    const dated: ScrubClaim = {
      ...manipulation,
      conditions: { relatedCauses: [], initialTreatmentDate: isoDate('2026-02-02') },
    };
    expect(chiropracticInitialTreatment.check(dated, context)).toEqual([]);
    const commercial: ScrubClaim = {
      ...manipulation,
      payer: { ...manipulation.payer, claimFilingIndicator: 'CI' },
    };
    expect(chiropracticInitialTreatment.check(commercial, context)).toEqual([]);
  });
});
