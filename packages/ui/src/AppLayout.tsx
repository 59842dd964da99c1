import './AppLayout.css';
import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
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
  /** Who is signed in, shown in the header (cut short with an ellipsis when long; the whole on hover). */
  userLabel?: string;
  /** What the signed-in user may do (e.g. an admin's role), shown after the label and never cut short. */
  userRole?: string;
  onSignOut?: () => void;
  /** Shown above every page, kept in sight (e.g. the notice of an admin's read-only "View as partner"). */
  banner?: ReactNode;
  children: ReactNode;
}

const MAIN_ID = 'main-content';
const NAVIGATION_ID = 'app-navigation';
/** Below Mantine's `sm` breakpoint (48em) the navigation is a menu behind the burger button. */
const NARROW = '(max-width: 47.99em)';

/**
 * The shell of both SPAs: header with title and account, navigation on the left, content on the right. On a
 * narrow screen the navigation opens from the burger button and closes once a page is chosen; "Skip to
 * content" is the first stop of the Tab key.
 */
export function AppLayout({
  title,
  navItems,
  onNavigate,
  userLabel,
  userRole,
  onSignOut,
  banner,
  children,
}: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure();
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  // A closed menu is out of sight: out of the Tab order and of what screen readers offer, too.
  const navigationHidden = narrow && !opened;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a
        className="pk-skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls={NAVIGATION_ID}
            />
            <Title
              order={1}
              size="h4"
              style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
            >
              {title}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {userLabel && (
              <Text
                size="sm"
                c="dimmed"
                visibleFrom="sm"
                truncate
                maw={320}
                title={userLabel}
                data-testid="signed-in-as"
              >
                {userLabel}
              </Text>
            )}
            {userRole && (
              <Badge
                variant="light"
                color="gray"
                visibleFrom="sm"
                style={{ flexShrink: 0 }}
                data-testid="user-role"
              >
                {userRole}
              </Badge>
            )}
            {onSignOut && (
              <Button
                variant="subtle"
                size="xs"
                onClick={onSignOut}
                aria-label="Sign out"
                leftSection={<IconLogout size={16} aria-hidden />}
              >
                <Text span inherit visibleFrom="xs">
                  Sign out
                </Text>
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id={NAVIGATION_ID}
        aria-label="Main navigation"
        p="xs"
        style={navigationHidden ? { visibility: 'hidden' } : undefined}
      >
        {userLabel && (
          <Text size="sm" c="dimmed" hiddenFrom="sm" px="sm" pb="xs" truncate>
            Signed in as {userLabel}
            {userRole ? ` · ${userRole}` : ''}
          </Text>
        )}
        <AppShell.Section grow component={ScrollArea}>
          {navItems.map((item) => (
            <NavLink
              key={item.href}
              href={item.href}
              label={item.label}
              leftSection={item.icon}
              active={item.active}
              aria-current={item.active ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                close();
                onNavigate(item.href);
                // As after a page load, the next Tab starts at the new page, not in the menu.
                document.getElementById(MAIN_ID)?.focus();
              }}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="pk-main">
        {banner && <div className="pk-banner">{banner}</div>}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
