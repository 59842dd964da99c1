import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { OverviewPage } from './features/overview/OverviewPage';
import { ProfilePage } from './features/profile/ProfilePage';
import { LinksPage } from './features/links/LinksPage';
import { EarningsPage } from './features/earnings/EarningsPage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { PortalShell } from './features/shell/PortalShell';
import { RouteError } from './features/shell/RouteError';
import { SignupPage } from './features/signup/SignupPage';
import { SubPartnersPage } from './features/subPartners/SubPartnersPage';
import { CollateralPage } from './features/collateral/CollateralPage';
import { ForgotPasswordRoute, ResetPasswordRoute } from './features/session/PasswordResetRoutes';
import { BeginPartnerViewRoute } from './features/session/BeginPartnerViewRoute';

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
