import { describe, expect, it } from 'vitest';
import { NDC_UNITS, NDC_UNIT_LABELS, formatNdc, isNdcUnit, parseNdc } from './ndc.ts';

describe('parseNdc and formatNdc', () => {
  it.each([
    ['4-4-2: pad the labeler', '0002-7510-01', '00002751001', '00002-7510-01'],
    ['5-3-2: pad the product', '50242-040-62', '50242004062', '50242-0040-62'],
    ['5-4-1: pad the package', '60505-2519-1', '60505251901', '60505-2519-01'],
    ['5-4-2 with hyphens', '00002-7510-01', '00002751001', '00002-7510-01'],
    ['5-4-2 without hyphens', '00002751001', '00002751001', '00002-7510-01'],
    ['surrounding spaces', ' 0002-7510-01 ', '00002751001', '00002-7510-01'],
  ])('%s: %j → %s', (_label, text, digits, formatted) => {
    expect(parseNdc(text)).toEqual({ ok: true, value: digits });
    expect(formatNdc(text)).toBe(formatted);
  });

  it.each([
    ['0002751001', 'with hyphens, so the segment to pad is known'],
    ['0002-751-01', 'segments of 4-4-2, 5-3-2, 5-4-1 or 5-4-2'],
    ['00002-07510-01', 'segments of 4-4-2, 5-3-2, 5-4-1 or 5-4-2'],
    ['0002-7510-001', 'segments of 4-4-2, 5-3-2, 5-4-1 or 5-4-2'],
    ['0002 7510 01', 'like 0002-7510-01 or 00002-7510-01'],
    ['N400002751001', 'like 0002-7510-01'],
    ['000027510011', 'like 0002-7510-01'],
    ['', 'got nothing'],
  ])('refuses %j', (text, message) => {
    const result = parseNdc(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('leaves text that is not an NDC unchanged when formatting', () => {
    expect(formatNdc('0002751001')).toBe('0002751001');
  });
});

describe('NDC units', () => {
  it.each([
    ['F2', true],
    ['GR', true],
    ['ME', true],
    ['ML', true],
    ['UN', true],
    ['MG', false],
    ['ml', false],
  ])('%j is a unit: %s', (text, expected) => {
    expect(isNdcUnit(text)).toBe(expected);
  });

  it('labels every unit', () => {
    expect(Object.keys(NDC_UNIT_LABELS)).toEqual([...NDC_UNITS]);
    expect(NDC_UNIT_LABELS.F2).toBe('International Unit');
  });
});
