import { describe, expect, it } from 'vitest';
import { MAX_CENTS, cents, type Cents } from './cents.ts';
import { sumCents } from './cents-arithmetic.ts';
import { formatMoney } from './format-money.ts';
import { parseMoney } from './parse-money.ts';
import { applyRate, formatRate, parseRate, rate } from './rate.ts';

function money(text: string): Cents {
  const result = parseMoney(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseRate', () => {
  it.each([
    ['0.80', 80n, 2, '0.80'],
    ['1.0350', 10350n, 4, '1.0350'],
    ['.2', 2n, 1, '0.2'],
    ['1', 1n, 0, '1'],
    ['0', 0n, 0, '0'],
    ['80%', 80n, 2, '0.80'],
    ['150%', 150n, 2, '1.50'],
    ['33.33%', 3333n, 4, '0.3333'],
    ['0.5%', 5n, 3, '0.005'],
    ['  1.005 ', 1005n, 3, '1.005'],
    ['007.5', 75n, 1, '7.5'],
    ['0.3333333333', 3333333333n, 10, '0.3333333333'],
    ['999999.99', 99999999n, 2, '999999.99'],
  ])('reads %j', (text, scaled, decimals, formatted) => {
    const result = parseRate(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.scaled).toBe(scaled);
    expect(result.value.decimals).toBe(decimals);
    expect(formatRate(result.value)).toBe(formatted);
  });

  it.each([
    ['-0.20', 'a rate of zero or more'],
    ['', 'got nothing'],
    ['%', 'expected a rate like 0.80 or 80%'],
    ['.', 'expected a rate like 0.80 or 80%'],
    ['1e-2', 'expected a rate like 0.80 or 80%'],
    ['80 %', 'expected a rate like 0.80 or 80%'],
    ['0,80', 'expected a rate like 0.80 or 80%'],
    ['0.12345678901', 'at most 10 decimals'],
    ['1000000', 'below 1000000'],
  ])('refuses %j', (text, message) => {
    const result = parseRate(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('rate() throws RangeError on text that is not a rate', () => {
    expect(() => rate('eighty percent')).toThrow(RangeError);
  });
});

describe('applyRate rounds once, half away from zero', () => {
  it.each([
    ['80% of allowed $123.45', '123.45', '0.80', '98.76'],
    ['20% coinsurance of $87.53 (17.506)', '87.53', '0.20', '17.51'],
    ['contract at 103.50% of $150.00', '150.00', '1.0350', '155.25'],
    ['$1.00 × 1.005 (Math.round(1.005 * 100) is 100)', '1.00', '1.005', '1.01'],
    ['$10.00 × 1.005 (10.05 exactly)', '10.00', '1.005', '10.05'],
    ['10% of $86.75 (8.675)', '86.75', '0.10', '8.68'],
    ['a half cent up: $0.01 × 50%', '0.01', '50%', '0.01'],
    ['a half cent away from zero: -$0.01 × 50%', '-0.01', '50%', '-0.01'],
    ['just under a half: $0.01 × 0.49', '0.01', '0.49', '0.00'],
    ['-$87.53 × 20% reversal mirrors the charge', '-87.53', '0.20', '-17.51'],
    ['$19.99 × 3', '19.99', '3', '59.97'],
    ['$100.00 × 33.33%', '100.00', '33.33%', '33.33'],
    ['$100.00 × one third to ten places', '100.00', '0.3333333333', '33.33'],
    ['$200.00 × two thirds to four places', '200.00', '0.6667', '133.34'],
    ['a zero rate', '500.00', '0', '0.00'],
    ['1.5 units of anesthesia time at $22.00', '22.00', '1.5', '33.00'],
  ])('%s', (_label, amount, rateText, expected) => {
    expect(formatMoney(applyRate(money(amount), rate(rateText)))).toBe(expected);
  });

  it('splitting $100.00 into three 33.33% shares leaves a cent to allocate', () => {
    const share = rate('33.33%');
    const shares = [1, 2, 3].map(() => applyRate(cents(10000), share));
    expect(formatMoney(sumCents(shares))).toBe('99.99');
  });

  it.each([
    ['1.5', 3300],
    ['0.80', 1760],
    ['100%', 2200],
  ])('also takes rate text %j directly', (text, expected) => {
    expect(applyRate(cents(2200), text)).toBe(expected);
  });

  it('throws RangeError for rate text that is not a rate', () => {
    expect(() => applyRate(cents(2200), '1e-7')).toThrow(RangeError);
  });

  it('throws RangeError when the result leaves the range', () => {
    expect(() => applyRate(MAX_CENTS, rate('1.01'))).toThrow(RangeError);
  });
});
