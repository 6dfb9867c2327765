import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { inpatientClaim, institutionalWith } from '../institutional-claim.fixture.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { institutionalProcedures } from './institutional-procedures.ts';

const date = isoDate('2026-03-02');
const check = (procedures: { code: string; principal: boolean; date?: typeof date }[]) =>
  institutionalProcedures.check(institutionalWith(inpatientClaim, { procedures }), context);

describe('INST-PROC-001 inpatient procedures', () => {
  it('passes one dated principal procedure, no procedures, and professional claims', () => {
    expect(institutionalProcedures.check(inpatientClaim, context)).toEqual([]);
    expect(check([])).toEqual([]);
    expect(institutionalProcedures.check(cleanClaim, context)).toEqual([]);
  });
  it('needs a principal procedure', () =>
    expect(check([{ code: '0DTJ4ZZ', principal: false, date }])[0]?.message).toContain(
      'no principal procedure',
    ));
  it('allows only one principal', () =>
    expect(
      check([
        { code: '0DTJ4ZZ', principal: true, date },
        { code: '5A09357', principal: true, date },
      ]),
    ).toHaveLength(1));
  it('needs each procedure date', () =>
    expect(
      check([
        { code: '0DTJ4ZZ', principal: true, date },
        { code: '5A09357', principal: false },
      ]),
    ).toMatchObject([{ field: 'institutional.procedures.2' }]));
});
