/** Repeated failed sign-ins lock the account for a while (HIPAA §164.312(a), OWASP ASVS 2.2.1). */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

/** After one more failure: the time the account stays locked until, or null when it stays open. */
export function lockAfterFailure(failuresSoFar: number, now: Date): Date | null {
  return failuresSoFar + 1 >= LOCKOUT_THRESHOLD
    ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000)
    : null;
}

export const isLocked = (lockedUntil: Date | null, now: Date): boolean =>
  lockedUntil !== null && lockedUntil.getTime() > now.getTime();
