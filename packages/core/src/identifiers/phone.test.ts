import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone } from './phone.ts';

describe('parsePhone and formatPhone', () => {
  it.each([
    ['(217) 555-0100', '2175550100'],
    ['(217)555-0100', '2175550100'],
    ['217-555-0100', '2175550100'],
    ['217.555.0100', '2175550100'],
    ['217 555 0100', '2175550100'],
    ['2175550100', '2175550100'],
    ['+1 217 555 0100', '2175550100'],
    ['+1 (217) 555-0100', '2175550100'],
    ['+12175550100', '2175550100'],
    ['1-217-555-0100', '2175550100'],
    ['  (787) 555-0123 ', '7875550123'],
  ])('reads %j', (text, digits) => {
    expect(parsePhone(text)).toEqual({ ok: true, value: digits });
    expect(formatPhone(digits)).toBe(
      `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
    );
  });

  it.each([
    ['(555) 123-4567', 'exchange (the 3 digits after the area code) starts with 2–9'],
    ['(217) 055-0100', 'exchange'],
    ['(017) 555-0100', 'a real area code (not starting with 0 or 1, not N11)'],
    ['(117) 555-0100', 'a real area code'],
    ['(911) 555-0100', 'a real area code'],
    ['555-0100', 'expected a 10-digit phone number like (217) 555-0100, got "555-0100"'],
    ['+44 20 7946 0958', 'expected a 10-digit phone number'],
    ['217-555-0100 x12', 'expected a 10-digit phone number'],
    ['(217 555-0100', 'expected a 10-digit phone number'],
    ['21755501001', 'expected a 10-digit phone number'],
    ['', 'got nothing'],
  ])('refuses %j', (text, message) => {
    const result = parsePhone(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('leaves text that is not a phone number unchanged when formatting', () => {
    expect(formatPhone('ask at front desk')).toBe('ask at front desk');
  });
});
