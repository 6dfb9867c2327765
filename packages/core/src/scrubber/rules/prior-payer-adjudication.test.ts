import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { cents } from '../../money/index.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { priorPayerAdjudication } from './prior-payer-adjudication.ts';

const secondary = { order: 'secondary' as const, effectiveFrom: isoDate('2021-01-01') };
const primaryPaid = {
  payerId: '06102',
  order: 'primary' as const,
  paid: cents(9000),
  lines: [{ line: 1, paid: cents(9000) }],
};

describe('COB-ADJ-001 prior payer adjudication', () => {
  it('passes primary claims and secondaries with the primary adjudication', () => {
    expect(priorPayerAdjudication.check(cleanClaim, context)).toEqual([]);
    expect(
      priorPayerAdjudication.check(
        claimWith({ coverage: secondary, priorPayers: [primaryPaid] }),
        context,
      ),
    ).toEqual([]);
  });
  it.each([
    ['a secondary without the primary', { coverage: secondary }, 'no primary'],
    [
      'a tertiary without the secondary',
      { coverage: { ...secondary, order: 'tertiary' as const }, priorPayers: [primaryPaid] },
      'no secondary',
    ],
    [
      'a secondary without line detail',
      { coverage: secondary, priorPayers: [{ ...primaryPaid, lines: [] }] },
      'line-level',
    ],
  ])('flags %s', (_label, change, text) =>
    expect(priorPayerAdjudication.check(claimWith(change), context)[0]?.message).toContain(text),
  );
});
