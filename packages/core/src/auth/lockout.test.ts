import { describe, expect, it } from 'vitest';
import { isLocked, lockAfterFailure, LOCKOUT_THRESHOLD } from './lockout.ts';

const now = new Date('2026-11-24T10:00:00Z');

describe('lockout', () => {
  it('locks on the fifth failure for fifteen minutes', () => {
    expect(lockAfterFailure(LOCKOUT_THRESHOLD - 2, now)).toBeNull();
    expect(lockAfterFailure(LOCKOUT_THRESHOLD - 1, now)?.toISOString()).toBe(
      '2026-11-24T10:15:00.000Z',
    );
  });

  it('is locked until the moment passes', () => {
    const until = new Date('2026-11-24T10:15:00Z');
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
