import { describe, expect, it } from 'vitest';
import { claimOfRemitPayer, isRemitPayer } from './remit-payer.ts';

const medicare = { name: 'Medicare Part B', payerId: '06102' };
const prairie = { name: 'Prairie Health Plan', payerId: '61101' };

describe('isRemitPayer', () => {
  it.each([
    [{ name: 'MEDICARE PART B' }, medicare, true],
    [{ name: 'Medicare Part-B.' }, medicare, true],
    [{ name: 'PRAIRIE HEALTH', id: '61101' }, prairie, true],
    [{ name: 'PRAIRIE HEALTH', id: '99999' }, prairie, false],
    [{ name: 'MEDICARE PART B' }, prairie, false],
    [{ name: '', id: '' }, { name: '', payerId: '' }, false],
  ])('%j sent by %j: %s', (remit, payer, expected) => {
    expect(isRemitPayer(remit, payer)).toBe(expected);
  });
});

describe('claimOfRemitPayer', () => {
  const primary = { id: 'P', payer: medicare };
  const secondary = { id: 'S', payer: prairie };
  const pick = (remit: { name: string; id?: string }, later = [secondary]) =>
    claimOfRemitPayer(primary, later, (c) => c.payer, remit).id;

  it('keeps the claim CLP01 names when its payer sent the 835', () => {
    expect(pick({ name: 'MEDICARE PART B' })).toBe('P');
  });

  it("posts a crossover secondary's 835 to the secondary's claim", () => {
    expect(pick({ name: 'PRAIRIE HEALTH PLAN', id: '61101' })).toBe('S');
  });

  it('never guesses: an unknown payer, or two later claims of the payer, keep the CLP01 claim', () => {
    expect(pick({ name: 'SOMEONE ELSE' })).toBe('P');
    expect(pick({ name: 'PRAIRIE HEALTH PLAN' }, [secondary, { id: 'S2', payer: prairie }])).toBe(
      'P',
    );
  });
});
