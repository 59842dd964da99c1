import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '@partnerkit/ui';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { PortalShell } from './features/shell/PortalShell';
import { RouteError } from './features/shell/RouteError';
import { ForgotPasswordRoute, ResetPasswordRoute } from './features/session/PasswordResetRoutes';
import { BeginPartnerViewRoute } from './features/session/BeginPartnerViewRoute';

// Each page is its own chunk, loaded when first opened; the shell shows a loader meanwhile.
const OverviewPage = lazyPage(() => import('./features/overview/OverviewPage'), 'OverviewPage');
const ProfilePage = lazyPage(() => import('./features/profile/ProfilePage'), 'ProfilePage');
const LinksPage = lazyPage(() => import('./features/links/LinksPage'), 'LinksPage');
const EarningsPage = lazyPage(() => import('./features/earnings/EarningsPage'), 'EarningsPage');
const SignupPage = lazyPage(() => import('./features/signup/SignupPage'), 'SignupPage');
const SubPartnersPage = lazyPage(() => import('./features/subPartners/SubPartnersPage'), 'SubPartnersPage');
const CollateralPage = lazyPage(() => import('./features/collateral/CollateralPage'), 'CollateralPage');

export const portalRoutes: RouteObject[] = [
  // Public: the hosted signup page of a program (also shown in the embed snippet's iframe).
  { path: '/signup/:programId', element: <SignupPage />, errorElement: <RouteError /> },
  // Public: "Forgot password?" and the page of the emailed reset link.
  { path: '/forgot-password', element: <ForgotPasswordRoute />, errorElement: <RouteError /> },
  { path: '/reset-password', element: <ResetPasswordRoute />, errorElement: <RouteError /> },
  // An admin's "View as partner" link (`/view#token=…`): begins the read-only view.
  { path: '/view', element: <BeginPartnerViewRoute />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <PortalShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/overview" replace /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'earnings', element: <EarningsPage /> },
      { path: 'links', element: <LinksPage /> },
      { path: 'sub-partners', element: <SubPartnersPage /> },
      { path: 'materials', element: <CollateralPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Routes live under the Vite base (`/portal/` when the API serves the portal). */
export function createPortalRouter() {
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
  return createBrowserRouter(portalRoutes, { basename });
}
