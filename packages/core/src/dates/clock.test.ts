import { describe, expect, it } from 'vitest';
import { fixedClock, isValidTimeZone, todayInZone } from './clock.ts';

describe('fixedClock', () => {
  it.each([
    ['2025-01-01T03:00:00Z', '2025-01-01T03:00:00.000Z'],
    ['2025-01-01T03:00Z', '2025-01-01T03:00:00.000Z'],
    ['2025-01-01T03:00:00.123Z', '2025-01-01T03:00:00.123Z'],
    ['2024-12-31T22:00:00-05:00', '2025-01-01T03:00:00.000Z'],
    ['2025-07-01T09:30:00+05:30', '2025-07-01T04:00:00.000Z'],
  ])('stops at %s', (instant, expected) => {
    expect(fixedClock(instant).now().toISOString()).toBe(expected);
  });

  it('hands out a fresh Date each time, so callers cannot move it', () => {
    const clock = fixedClock('2025-01-01T00:00:00Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it.each([
    ['no offset: local time would depend on the machine', '2025-01-01T03:00:00'],
    ['a date alone', '2025-01-01'],
    ['an impossible date', '2025-02-30T00:00:00Z'],
    ['hour 24', '2025-01-01T24:00:00Z'],
    ['not an instant', 'now'],
  ])('throws RangeError for %s', (_label, instant) => {
    expect(() => fixedClock(instant)).toThrow(RangeError);
  });
});

describe('todayInZone', () => {
  it.each([
    ['New York on UTC New Year', '2025-01-01T03:00:00Z', 'America/New_York', '2024-12-31'],
    ['UTC on UTC New Year', '2025-01-01T03:00:00Z', 'UTC', '2025-01-01'],
    ['Honolulu late the same evening', '2025-03-15T09:59:59Z', 'Pacific/Honolulu', '2025-03-14'],
    ['Honolulu at its midnight', '2025-03-15T10:00:00Z', 'Pacific/Honolulu', '2025-03-15'],
    [
      'Chicago after the spring-forward change',
      '2025-03-09T08:30:00Z',
      'America/Chicago',
      '2025-03-09',
    ],
    ['Phoenix, which keeps standard time', '2025-07-01T06:59:00Z', 'America/Phoenix', '2025-06-30'],
    ['Guam, a day ahead', '2025-01-31T15:00:00Z', 'Pacific/Guam', '2025-02-01'],
    ['Puerto Rico', '2025-01-01T03:59:00Z', 'America/Puerto_Rico', '2024-12-31'],
    ['New York on a leap day', '2024-02-29T12:00:00Z', 'America/New_York', '2024-02-29'],
  ])('%s: %s in %s is %s', (_label, instant, timeZone, expected) => {
    expect(todayInZone(fixedClock(instant), timeZone)).toBe(expected);
  });

  it('accepts any clock, such as one built by the CLI', () => {
    const clock = { now: () => new Date(Date.UTC(2025, 0, 31, 12)) };
    expect(todayInZone(clock, 'America/Denver')).toBe('2025-01-31');
  });

  it.each([[''], ['Eastern'], ['America/Nowhere']])(
    'throws RangeError for the time zone %j',
    (timeZone) => {
      expect(() => todayInZone(fixedClock('2025-01-01T00:00:00Z'), timeZone)).toThrow(RangeError);
    },
  );

  it('throws RangeError when the clock is outside 1900–2199', () => {
    expect(() => todayInZone(fixedClock('2200-01-01T12:00:00Z'), 'UTC')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['America/New_York', true],
    ['America/Chicago', true],
    ['UTC', true],
    ['', false],
    ['Eastern', false],
    ['America/Nowhere', false],
  ])('%j → %s', (timeZone, expected) => {
    expect(isValidTimeZone(timeZone)).toBe(expected);
  });
});
