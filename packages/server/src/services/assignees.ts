import { can, invalid } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { listUsers } from '@medbill/db';

export interface Assignee {
  readonly id: string;
  readonly name: string;
}

/** The colleagues a work item can go to: active accounts of the organization that act on claims. */
export async function assignableUsers(q: Queryable, orgId: string): Promise<Assignee[]> {
  return (await listUsers(q, orgId))
    .filter((user) => !user.disabled && can(user.roles, 'claims:write'))
    .map((user) => ({ id: user.id, name: user.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The assignee named by `assignTo` (a user id); a 422 saying so when nobody can be assigned by it. */
export async function checkedAssignee(
  q: Queryable,
  orgId: string,
  assignTo: string,
): Promise<Assignee> {
  const found = (await assignableUsers(q, orgId)).find((user) => user.id === assignTo);
  if (found) return found;
  throw invalid('Nobody by that name can be assigned work items; nothing was changed.', [
    {
      path: 'assignTo',
      code: 'unknown_assignee',
      message: `no active user '${assignTo}' in this organization can be assigned`,
    },
  ]);
}
