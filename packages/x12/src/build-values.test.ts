import { describe, expect, it } from 'vitest';
import {
  amount,
  controlNumber,
  date,
  isFlaw,
  npi,
  quantity,
  text,
  time,
  zip,
  type Checked,
} from './build-values.ts';
import { parseCents } from './money.ts';

const written = (value: Checked) => (isFlaw(value) ? `!${value.code}` : value);

describe('build values', () => {
  it.each([
    [0, '0'],
    [1, '0.01'],
    [10, '0.1'],
    [12500, '125'],
    [12550, '125.5'],
    [12555, '125.55'],
    [100_000_000_07, '100000000.07'],
    [-1, '!invalid-amount'],
    [1.5, '!invalid-amount'],
    [Number.NaN, '!invalid-amount'],
  ])('amount %s cents → %s, and back exactly', (cents, text) => {
    expect(written(amount(cents))).toBe(text);
    if (!text.startsWith('!')) expect(parseCents(text)).toBe(cents);
  });

  it.each([
    [1, '1'],
    [1.5, '1.5'],
    [0.125, '0.125'],
    [12, '12'],
    [0.1 + 0.2, '!invalid-quantity'],
    [1.0005, '!invalid-quantity'],
    [0, '!invalid-quantity'],
    [-2, '!invalid-quantity'],
    [Number.POSITIVE_INFINITY, '!invalid-quantity'],
  ])('quantity %s → %s', (value, text) => {
    expect(written(quantity(value))).toBe(text);
  });

  it.each([
    ['1234567893', '1234567893'],
    ['1245319599', '1245319599'],
    ['1234567890', '!invalid-npi'],
    ['123456789', '!invalid-npi'],
    ['12345678ab', '!invalid-npi'],
    ['', '!required-element-missing'],
    [undefined, '!required-element-missing'],
  ])('NPI %s → %s', (value, text) => {
    expect(written(npi(value))).toBe(text);
  });

  it.each([
    ['2026-03-20', '20260320'],
    ['2024-02-29', '20240229'],
    ['2025-02-29', '!invalid-date'],
    ['2026-13-01', '!invalid-date'],
    ['20260320', '!invalid-date'],
    ['2026/03/20', '!invalid-date'],
    ['', '!required-element-missing'],
  ])('date %s → %s', (value, text) => {
    expect(written(date(value))).toBe(text);
  });

  it.each([
    ['62701', false, '62701'],
    ['62701-1234', false, '627011234'],
    ['627011234', true, '627011234'],
    ['62701', true, '!invalid-zip'],
    ['6270', false, '!invalid-zip'],
  ])('ZIP %s (nine digits: %s) → %s', (value, nine, text) => {
    expect(written(zip(value, nine))).toBe(text);
  });

  it.each([
    [() => time('0000'), '0000'],
    [() => time('2359'), '2359'],
    [() => time('2400'), '!invalid-time'],
    [() => time('930'), '!invalid-time'],
    [() => controlNumber(21, 4, 'ST02'), '0021'],
    [() => controlNumber(123456789, 4, 'ST02'), '123456789'],
    [() => controlNumber(0, 4, 'ST02'), '!invalid-control-number'],
    [() => controlNumber(1_000_000_000, 4, 'ST02'), '!invalid-control-number'],
    [() => text('  Doe  ', 60), 'Doe'],
    [() => text('x'.repeat(61), 60), '!element-too-long'],
    [() => text('   ', 60), '!required-element-missing'],
  ])('%s → %s', (check, text) => {
    expect(written(check())).toBe(text);
  });
});
