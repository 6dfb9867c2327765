import { Anchor, AppShell, Badge, Button, Group, Kbd, NavLink, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession, useUser } from '../session/session-context.ts';
import { navItemsFor } from './nav-items.ts';

/** Header, the screens this user may open (Alt+1…9 or Alt+0 from anywhere), and the screen itself. */
export function AppLayout() {
  const user = useUser();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const items = navItemsFor(user.roles);
  useHotkeys(
    items.flatMap((item) =>
      item.key ? [[`alt+${item.key}`, () => void navigate(item.path)] as const] : [],
    ),
    [],
  );
  const active = (path: string) =>
    path === '/' ? location.pathname === '/' : location.pathname.startsWith(path);

  return (
    <AppShell header={{ height: 40 }} navbar={{ width: 180, breakpoint: 0 }} padding="sm">
      <AppShell.Header px="sm">
        <Group h="100%" justify="space-between">
          <Group gap="xs">
            <Text fw={700}>medbill</Text>
            <Text size="sm" c="dimmed">
              {user.orgName}
            </Text>
          </Group>
          <Group gap="xs">
            {user.id === 'local-operator' ? (
              <Text size="sm">{user.name}</Text>
            ) : (
              <Anchor component={RouterLink} to="/account" size="sm" title="My account">
                {user.name}
              </Anchor>
            )}
            {user.roles.map((role) => (
              <Badge key={role} size="xs" variant="light">
                {role.replace('_', ' ')}
              </Badge>
            ))}
            {user.id !== 'local-operator' && (
              <Button size="compact-xs" variant="subtle" onClick={() => void signOut()}>
                Sign out
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p={4} aria-label="Screens">
        {items.map((item) => (
          <NavLink
            key={item.path}
            component={RouterLink}
            to={item.path}
            label={item.label}
            active={active(item.path)}
            rightSection={item.key && <Kbd size="xs">Alt {item.key}</Kbd>}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
