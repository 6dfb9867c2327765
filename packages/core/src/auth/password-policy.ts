import type { Problem } from '../errors.ts';

/** NIST SP 800-63B §5.1.1: length over composition rules, and no password everyone guesses. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set([
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  '1234567890123',
  'qwertyuiop123',
  'qwerty123456',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'medbill12345',
]);

/** What is wrong with a new password, in words a person can act on; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, message: string) => problems.push({ path: 'password', code, message });
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    add('password_length', `must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH)
    add('password_length', `must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (COMMON.has(lower)) add('password_common', 'is one of the most common passwords');
  else if (/^(.)\1*$/u.test(password) && length > 0)
    add('password_repetitive', 'must not repeat one character');
  else if (localPart.length >= 4 && lower.includes(localPart))
    add('password_email', 'must not contain your email name');
  return problems;
}
