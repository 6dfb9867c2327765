import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import type { ScrubRule } from '../rule.ts';
import { medicareEdit } from './medicare-edit.ts';

const alwaysDenies: ScrubRule = {
  id: 'TEST-001',
  category: 'ncci',
  severity: 'deny',
  source: 'test',
  title: 'test',
  check: () => [{ field: 'units', message: 'too many units', fix: 'fewer' }],
};

describe('medicareEdit', () => {
  it('keeps the finding on Medicare claims', () => {
    expect(medicareEdit(alwaysDenies).check(cleanClaim, context)).toEqual([
      { field: 'units', message: 'too many units', fix: 'fewer' },
    ]);
  });
  it('turns it into a warning naming its source on other payers’ claims', () => {
    const claim = claimWith({
      payer: { ...cleanClaim.payer, name: 'Aetna', payerId: '60054', claimFilingIndicator: 'CI' },
    });
    expect(medicareEdit(alwaysDenies).check(claim, context)).toEqual([
      {
        field: 'units',
        severity: 'warn',
        message: 'Medicare NCCI edit (check whether Aetna applies it): too many units',
        fix: 'fewer',
      },
    ]);
  });
});
