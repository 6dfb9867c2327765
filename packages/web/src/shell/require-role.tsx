import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import type { Role } from '../api/types.ts';
import { useUser } from '../session/session-context.ts';

/** Shows the screen only to the roles that work in it; the server refuses the rest anyway. */
export function RequireRole({
  roles,
  children,
}: {
  readonly roles: readonly Role[];
  readonly children: ReactNode;
}) {
  const user = useUser();
  if (user.roles.some((role) => roles.includes(role))) return children;
  return (
    <Alert color="orange" title="Not allowed" role="alert">
      Your role ({user.roles.join(', ').replace('_', ' ')}) does not open this screen. Ask an
      administrator if you need it.
    </Alert>
  );
}
