/**
 * Who may do what. Every API route declares one permission; the server refuses a request whose
 * actor's roles do not grant it. Only admins manage accounts and read the audit trail.
 */
export const ROLES = ['admin', 'manager', 'biller', 'coder', 'front_desk', 'provider'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'setup:read',
  'setup:write',
  'patients:read',
  'patients:write',
  'encounters:read',
  'encounters:write',
  'claims:read',
  'claims:write',
  'codes:read',
  'codes:write',
  'users:admin',
  'audit:read',
  'queries:answer',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everything: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: everything,
  manager: ['setup:read', 'patients:read', 'encounters:read', 'claims:read', 'codes:read'],
  biller: [
    'codes:read',
    'setup:read',
    'patients:read',
    'patients:write',
    'encounters:read',
    'encounters:write',
    'claims:read',
    'claims:write',
  ],
  coder: [
    'codes:read',
    'setup:read',
    'patients:read',
    'encounters:read',
    'encounters:write',
    'claims:read',
  ],
  front_desk: ['codes:read', 'setup:read', 'patients:read', 'patients:write', 'encounters:read'],
  provider: ['codes:read', 'setup:read', 'patients:read', 'encounters:read', 'queries:answer'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
