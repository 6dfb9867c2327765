import { describe, expect, it } from 'vitest';
import { formatTin, parseTin, type TinKind } from './tin.ts';

describe('parseTin', () => {
  it.each<[string, TinKind | undefined, TinKind, string, string]>([
    ['12-3456789', undefined, 'EIN', '123456789', '12-3456789'],
    ['12-3456789', 'EIN', 'EIN', '123456789', '12-3456789'],
    ['123456789', 'EIN', 'EIN', '123456789', '12-3456789'],
    [' 95-1234567 ', undefined, 'EIN', '951234567', '95-1234567'],
    ['01-0000001', undefined, 'EIN', '010000001', '01-0000001'],
    ['123-45-6789', undefined, 'SSN', '123456789', '123-45-6789'],
    ['123-45-6789', 'SSN', 'SSN', '123456789', '123-45-6789'],
    ['123456789', 'SSN', 'SSN', '123456789', '123-45-6789'],
    ['899-01-0001', undefined, 'SSN', '899010001', '899-01-0001'],
  ])('reads %j (kind %s) as %s %s', (text, kind, expectedKind, digits, formatted) => {
    const result = parseTin(text, kind);
    expect(result).toEqual({ ok: true, value: { kind: expectedKind, digits } });
    if (result.ok) expect(formatTin(result.value)).toBe(formatted);
  });

  it.each([
    '00',
    '07',
    '08',
    '09',
    '17',
    '18',
    '19',
    '28',
    '29',
    '49',
    '69',
    '70',
    '78',
    '79',
    '89',
    '96',
    '97',
  ])('refuses the never-assigned EIN prefix %s', (prefix) => {
    const result = parseTin(`${prefix}-1234567`);
    expect(result).toEqual({
      ok: false,
      error: `expected a valid EIN, but the IRS does not assign EINs starting with ${prefix}`,
    });
  });

  it.each<[string, TinKind | undefined, string]>([
    ['000-12-3456', undefined, 'never assigns SSNs starting with 000'],
    ['666-12-3456', undefined, 'never assigns SSNs starting with 666'],
    ['900-70-1234', undefined, 'starting with 9 (those are ITINs)'],
    ['999-99-9999', undefined, 'starting with 9'],
    ['123-00-4567', undefined, '00 as the middle two digits'],
    ['123-45-0000', undefined, '0000 as the last four digits'],
    ['123456789', undefined, 'expected hyphens to tell an EIN'],
    ['12-3456789', 'SSN', 'hyphenated like an EIN'],
    ['123-45-6789', 'EIN', 'hyphenated like an SSN'],
    ['12345678', undefined, 'expected an EIN like 12-3456789 or an SSN like 123-45-6789'],
    ['12-345-6789', 'EIN', 'expected an EIN like 12-3456789 (nine digits)'],
    ['123 45 6789', 'SSN', 'expected an SSN like 123-45-6789'],
    ['', undefined, 'expected an EIN'],
  ])('refuses %j (kind %s)', (text, kind, message) => {
    const result = parseTin(text, kind);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it.each([
    ['234-56-7891', 'EIN'],
    ['666-98-7654', undefined],
    ['98765432', 'SSN'],
  ] as const)('never repeats the number %j in its message', (text, kind) => {
    const result = parseTin(text, kind);
    const digits = text.replaceAll('-', '');
    expect(result.ok ? '' : result.error).not.toContain(digits.slice(3));
  });
});
