import { AppLayout, PageSuspense, type NavItem } from '@partnerkit/ui';
import {
  IconChartBar,
  IconLayoutDashboard,
  IconKey,
  IconLink,
  IconPhoto,
  IconListDetails,
  IconMail,
  IconCash,
  IconFlag,
  IconPackage,
  IconReceipt,
  IconSettings,
  IconUserCheck,
  IconUserShield,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAdminSession } from './SessionContext';

const NAV = [
  { label: 'Dashboard', href: '/', icon: <IconLayoutDashboard size={18} /> },
  { label: 'Reports', href: '/reports', icon: <IconChartBar size={18} /> },
  { label: 'Partners', href: '/partners', icon: <IconUsers size={18} /> },
  { label: 'Approvals', href: '/approvals', icon: <IconUserCheck size={18} /> },
  { label: 'Programs', href: '/programs', icon: <IconListDetails size={18} /> },
  { label: 'Products', href: '/products', icon: <IconPackage size={18} /> },
  { label: 'Orders', href: '/orders', icon: <IconReceipt size={18} /> },
  { label: 'Review queue', href: '/review', icon: <IconFlag size={18} /> },
  { label: 'Payouts', href: '/payouts', icon: <IconCash size={18} /> },
  { label: 'Emails', href: '/emails', icon: <IconMail size={18} /> },
  { label: 'Tracking links', href: '/tracking-links', icon: <IconLink size={18} /> },
  { label: 'Collateral', href: '/collateral', icon: <IconPhoto size={18} /> },
  { label: 'API keys', href: '/api-keys', icon: <IconKey size={18} /> },
  { label: 'Webhooks', href: '/webhooks', icon: <IconWebhook size={18} /> },
  { label: 'Settings', href: '/settings', icon: <IconSettings size={18} /> },
  { label: 'Team', href: '/team', icon: <IconUserShield size={18} /> },
];

const ROLE_LABEL = { OWNER: 'owner', MANAGER: 'manager', VIEWER: 'viewer (read-only)' } as const;

/** Header, navigation and the current page. */
export function AdminShell() {
  const { userLabel, role, signOut } = useAdminSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const navItems: NavItem[] = NAV.map((item) => ({
    ...item,
    // A real href (with the base) so links can be opened in a new tab; clicks navigate in-app.
    href: `${base}${item.href}`,
    active: pathname === item.href || (item.href !== '/' && pathname.startsWith(`${item.href}/`)),
  }));

  return (
    <AppLayout
      title="Partnerkit Admin"
      navItems={navItems}
      onNavigate={(href) => navigate(href.slice(base.length) || '/')}
      userLabel={userLabel}
      userRole={ROLE_LABEL[role]}
      onSignOut={signOut}
    >
      <PageSuspense>
        <Outlet />
      </PageSuspense>
    </AppLayout>
  );
}
