import { AppShell, Burger, Group, NavLink, Text, Title, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode } from 'react';

export interface NavItem {
  label: string;
  href: string;
  icon?: ReactNode;
  active: boolean;
}

export interface AppLayoutProps {
  /** e.g. "Partnerkit Admin" */
  title: string;
  navItems: NavItem[];
  onNavigate: (href: string) => void;
  /** Who is signed in, shown in the header. */
  userLabel?: string;
  onSignOut?: () => void;
  children: ReactNode;
}

/** The shell of both SPAs: header with title and account, navigation on the left, content on the right. */
export function AppLayout({ title, navItems, onNavigate, userLabel, onSignOut, children }: AppLayoutProps) {
  const [opened, { toggle }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Navigation" />
            <Title order={4}>{title}</Title>
          </Group>
          <Group>
            {userLabel && (
              <Text size="sm" c="dimmed" data-testid="signed-in-as">
                {userLabel}
              </Text>
            )}
            {onSignOut && (
              <Button variant="subtle" size="xs" onClick={onSignOut}>
                Sign out
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {navItems.map((item) => (
          <NavLink
            key={item.href}
            href={item.href}
            label={item.label}
            leftSection={item.icon}
            active={item.active}
            onClick={(event) => {
              event.preventDefault();
              onNavigate(item.href);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
