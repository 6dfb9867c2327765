import { Secret, TOTP } from 'otpauth';

/** RFC 6238 codes as authenticator apps make them: SHA-1, 6 digits, 30 s. */
const totpFor = (secret: string, label = '') =>
  new TOTP({ issuer: 'medbill', label, secret: Secret.fromBase32(secret) });

/** A new second-factor secret and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(email: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, email).toString() };
}

/** Accepts the current code and the ones 30 s either side (clock drift). */
export function totpMatches(secret: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

export const totpCode = (secret: string, now: Date): string =>
  totpFor(secret).generate({ timestamp: now.getTime() });
