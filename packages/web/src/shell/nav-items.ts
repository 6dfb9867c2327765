import type { Role } from '../api/types.ts';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  /** Alt+key jumps here from anywhere (the provider's own queue is Alt+0); none for setup. */
  readonly key?: string;
  readonly roles: readonly Role[];
}

const everyone: readonly Role[] = ['admin', 'manager', 'biller', 'coder', 'front_desk', 'provider'];

/** The workspace's screens and who works in them (the server enforces the same rules). */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Dashboard', key: '1', roles: ['admin', 'manager', 'biller', 'coder'] },
  {
    path: '/encounters',
    label: 'Coding',
    key: '2',
    roles: ['admin', 'manager', 'biller', 'coder', 'provider'],
  },
  { path: '/queries', label: 'My queries', key: '0', roles: ['provider'] },
  { path: '/claims', label: 'Claims', key: '3', roles: ['admin', 'manager', 'biller', 'coder'] },
  // Every role that reads encounters (the API's permission); a provider sees the bills it attends.
  { path: '/facility-bills', label: 'Facility bills', roles: everyone },
  { path: '/remittances', label: 'Remittances', key: '4', roles: ['admin', 'biller'] },
  { path: '/worklists', label: 'Work queues', key: '5', roles: ['admin', 'manager', 'biller'] },
  { path: '/patients', label: 'Patients', key: '6', roles: everyone },
  { path: '/codes', label: 'Code sets', key: '7', roles: everyone },
  { path: '/audit', label: 'Audit log', key: '8', roles: ['admin'] },
  { path: '/users', label: 'Users', key: '9', roles: ['admin'] },
  { path: '/setup', label: 'Setup', roles: ['admin', 'manager', 'biller'] },
];

/** The screens a user with these roles may open, in menu order. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
