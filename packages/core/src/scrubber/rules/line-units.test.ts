import { describe, expect, it } from 'vitest';
import { cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { lineUnits } from './line-units.ts';

describe('LINE-UNIT-001 units', () => {
  it.each([1, 0.5, 30])('passes %s units', (units) =>
    expect(lineUnits.check(lineWith(0, { units }), context)).toEqual([]),
  );
  it.each([0, -1, Number.NaN])('flags %s units', (units) =>
    expect(lineUnits.check(lineWith(0, { units }), context)).toHaveLength(1),
  );
  it('passes the clean claim', () => expect(lineUnits.check(cleanClaim, context)).toEqual([]));
});
