import { ROLES } from '@medbill/core';
import type { Role } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { insertUser, listUsers, providers } from '@medbill/db';
import { hashPassword } from '@medbill/server';

/** Printed at start and written in the README: demo data only, never a real deployment. */
export const DEMO_PASSWORD = 'medbill-demo';

const address = (role: Role) => `${role === 'front_desk' ? 'frontdesk' : role}@demo.test`;

export const DEMO_ACCOUNTS: readonly { email: string; role: Role }[] = ROLES.map((role) => ({
  email: address(role),
  role,
}));

const NAMES: Record<Role, string> = {
  admin: 'Avery Admin',
  manager: 'Morgan Manager',
  biller: 'Blake Biller',
  coder: 'Casey Coder',
  front_desk: 'Frankie Frontdesk',
  provider: 'Demo Provider',
};

/** One account per role in the demo organization; the provider account signs for its first provider. */
export async function ensureDemoAccounts(q: Queryable, orgId: string): Promise<number> {
  if ((await listUsers(q, orgId)).length > 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const firstProvider = (await providers.list(q, orgId, { limit: 50, offset: 0 })).items.find(
    (p) => p.practiceId !== undefined,
  );
  for (const { email, role } of DEMO_ACCOUNTS) {
    await insertUser(q, orgId, {
      email,
      name:
        role === 'provider' && firstProvider
          ? `${firstProvider.firstName} ${firstProvider.lastName}`
          : NAMES[role],
      roles: [role],
      passwordHash,
      providerId: role === 'provider' ? firstProvider?.id : undefined,
    });
  }
  return DEMO_ACCOUNTS.length;
}
