import { describe, expect, it } from 'vitest';
import { formatZip, isZip9, parseZip } from './zip.ts';

describe('parseZip, isZip9 and formatZip', () => {
  it.each([
    ['62701', '62701', false, '62701'],
    ['62701-1234', '627011234', true, '62701-1234'],
    ['627011234', '627011234', true, '62701-1234'],
    ['00501', '00501', false, '00501'],
    [' 10001-0001 ', '100010001', true, '10001-0001'],
  ])('reads %j', (text, digits, nine, formatted) => {
    expect(parseZip(text)).toEqual({ ok: true, value: digits });
    expect(isZip9(text)).toBe(nine);
    expect(formatZip(digits)).toBe(formatted);
  });

  it.each([
    ['6270', 'expected a ZIP code like 62701 or 62701-1234, got "6270"'],
    ['62701-123', 'expected a ZIP code'],
    ['62701 1234', 'expected a ZIP code'],
    ['6270112345', 'expected a ZIP code'],
    ['K1A 0B1', 'expected a ZIP code'],
    ['', 'got nothing'],
  ])('refuses %j', (text, message) => {
    const result = parseZip(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
    expect(isZip9(text)).toBe(false);
  });

  it('leaves text that is not a ZIP unchanged when formatting', () => {
    expect(formatZip('K1A 0B1')).toBe('K1A 0B1');
  });
});
