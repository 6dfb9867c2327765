import { describe, expect, it } from 'vitest';
import { US_STATES, US_STATE_NAMES, isUsState, parseUsState } from './us-state.ts';

describe('US_STATES', () => {
  it('lists 50 states, DC, 5 territories and 3 military codes, once each', () => {
    expect(US_STATES).toHaveLength(59);
    expect(new Set(US_STATES).size).toBe(59);
    expect(Object.keys(US_STATE_NAMES).toSorted()).toEqual([...US_STATES].toSorted());
  });
});

describe('isUsState', () => {
  it.each([
    ['IL', true],
    ['DC', true],
    ['PR', true],
    ['AP', true],
    ['il', false],
    [' IL', false],
    ['FM', false],
    ['XX', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isUsState(text)).toBe(expected);
  });
});

describe('parseUsState', () => {
  it.each([
    ['IL', 'IL'],
    [' il ', 'IL'],
    ['Illinois', 'IL'],
    ['new  york', 'NY'],
    ['DISTRICT OF COLUMBIA', 'DC'],
    ['Puerto Rico', 'PR'],
    ['ae', 'AE'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseUsState(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['Ill.'], ['ON'], ['Ontario'], ['']])('refuses %j', (text) => {
    const result = parseUsState(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain('expected a two-letter USPS state code');
  });
});
