import { type NavItem } from '@partnerkit/ui';
import { createElement } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import {
  IconCoins,
  IconLayoutDashboard,
  IconLink,
  IconPhoto,
  IconUserCircle,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useRecruiting } from '../subPartners/useRecruiting';

/** The portal's navigation: full hrefs (under the base path) for the links, router paths for navigating. */
export function usePortalNavigation() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const overviewHref = useHref('/overview');
  const earningsHref = useHref('/earnings');
  const linksHref = useHref('/links');
  const materialsHref = useHref('/materials');
  const profileHref = useHref('/profile');
  const subPartnersHref = useHref('/sub-partners');
  // Sub-partners only where recruiting pays (a program with levels); the page itself stays reachable.
  const { paysLevels } = useRecruiting();
  const pages = [
    { label: 'Overview', path: '/overview', href: overviewHref, icon: IconLayoutDashboard },
    { label: 'Earnings', path: '/earnings', href: earningsHref, icon: IconCoins },
    { label: 'Links', path: '/links', href: linksHref, icon: IconLink },
    ...(paysLevels
      ? [{ label: 'Sub-partners', path: '/sub-partners', href: subPartnersHref, icon: IconUsersGroup }]
      : []),
    { label: 'Materials', path: '/materials', href: materialsHref, icon: IconPhoto },
    { label: 'Profile', path: '/profile', href: profileHref, icon: IconUserCircle },
  ];
  const navItems: NavItem[] = pages.map((page) => ({
    label: page.label,
    href: page.href,
    icon: createElement(page.icon, { size: 18, stroke: 1.6 }),
    active: pathname === page.path || pathname.startsWith(`${page.path}/`),
  }));
  const onNavigate = (href: string) => {
    const page = pages.find((candidate) => candidate.href === href);
    if (page) void navigate(page.path);
  };
  return { navItems, onNavigate };
}
