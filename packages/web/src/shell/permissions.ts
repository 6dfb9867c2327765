import type { Role } from '../api/types.ts';

/**
 * The roles whose accounts hold a permission, for hiding buttons the server would refuse
 * (packages/core/src/access.ts is the rule; the server enforces it on every request).
 */
const HOLDERS = {
  /** Correct, void, appeal, refund, post. */
  'claims:write': ['admin', 'biller'],
  /** Register patients, record their payments. */
  'patients:write': ['admin', 'biller', 'front_desk'],
  /** Code encounters and ask their providers. */
  'encounters:write': ['admin', 'biller', 'coder'],
  'queries:answer': ['admin', 'provider'],
  /** Payers, clearinghouses and the rest of the practice's setup. */
  'setup:write': ['admin'],
  /** Import new code-set releases. */
  'codes:write': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type UiPermission = keyof typeof HOLDERS;

export function can(roles: readonly Role[], permission: UiPermission): boolean {
  const holders: readonly Role[] = HOLDERS[permission];
  return roles.some((role) => holders.includes(role));
}
