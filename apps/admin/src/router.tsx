import { createBrowserRouter } from 'react-router';
import { lazyPage } from '@partnerkit/ui';
import { AdminShell } from './features/session/AdminShell';
import { RouteNotFound } from './features/session/RouteNotFound';

// Each page is its own chunk, loaded when first opened; the shell shows a loader meanwhile.
const PartnersPage = lazyPage(() => import('./features/partners/PartnersPage'), 'PartnersPage');
const NewPartnerPage = lazyPage(() => import('./features/partners/NewPartnerPage'), 'NewPartnerPage');
const PartnerDetailPage = lazyPage(
  () => import('./features/partners/PartnerDetailPage'),
  'PartnerDetailPage',
);
const ProgramsPage = lazyPage(() => import('./features/programs/ProgramsPage'), 'ProgramsPage');
const NewProgramPage = lazyPage(() => import('./features/programs/NewProgramPage'), 'NewProgramPage');
const ProgramDetailPage = lazyPage(
  () => import('./features/programs/ProgramDetailPage'),
  'ProgramDetailPage',
);
const ApiKeysPage = lazyPage(() => import('./features/apiKeys/ApiKeysPage'), 'ApiKeysPage');
const ApprovalsPage = lazyPage(() => import('./features/approvals/ApprovalsPage'), 'ApprovalsPage');
const EmailsPage = lazyPage(() => import('./features/emails/EmailsPage'), 'EmailsPage');
const ImportPartnersPage = lazyPage(
  () => import('./features/partnerImport/ImportPartnersPage'),
  'ImportPartnersPage',
);
const ProductsPage = lazyPage(() => import('./features/products/ProductsPage'), 'ProductsPage');
const TrackingLinksPage = lazyPage(
  () => import('./features/trackingLinks/TrackingLinksPage'),
  'TrackingLinksPage',
);
const SettingsPage = lazyPage(() => import('./features/settings/SettingsPage'), 'SettingsPage');
const OrdersPage = lazyPage(() => import('./features/orders/OrdersPage'), 'OrdersPage');
const OrderDetailPage = lazyPage(() => import('./features/orders/OrderDetailPage'), 'OrderDetailPage');
const CollateralPage = lazyPage(() => import('./features/collateral/CollateralPage'), 'CollateralPage');
const WebhooksPage = lazyPage(() => import('./features/webhooks/WebhooksPage'), 'WebhooksPage');
const DashboardPage = lazyPage(() => import('./features/dashboard/DashboardPage'), 'DashboardPage');
const ReportsPage = lazyPage(() => import('./features/reports/ReportsPage'), 'ReportsPage');
const PayoutsPage = lazyPage(() => import('./features/payouts/PayoutsPage'), 'PayoutsPage');
const PayoutBatchPage = lazyPage(() => import('./features/payouts/PayoutBatchPage'), 'PayoutBatchPage');
const ReviewQueuePage = lazyPage(() => import('./features/review/ReviewQueuePage'), 'ReviewQueuePage');
const TeamPage = lazyPage(() => import('./features/team/TeamPage'), 'TeamPage');

/** The console's routes, under the Vite base (e.g. /admin). */
export function createAdminRouter() {
  return createBrowserRouter(
    [
      {
        path: '/',
        element: <AdminShell />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'partners', element: <PartnersPage /> },
          { path: 'partners/new', element: <NewPartnerPage /> },
          { path: 'partners/import', element: <ImportPartnersPage /> },
          { path: 'approvals', element: <ApprovalsPage /> },
          { path: 'products', element: <ProductsPage /> },
          { path: 'orders', element: <OrdersPage /> },
          { path: 'orders/:id', element: <OrderDetailPage /> },
          { path: 'emails', element: <EmailsPage /> },
          { path: 'payouts', element: <PayoutsPage /> },
          { path: 'payouts/:id', element: <PayoutBatchPage /> },
          { path: 'review', element: <ReviewQueuePage /> },
          { path: 'partners/:id', element: <PartnerDetailPage /> },
          { path: 'programs', element: <ProgramsPage /> },
          { path: 'programs/new', element: <NewProgramPage /> },
          { path: 'programs/:id', element: <ProgramDetailPage /> },
          { path: 'tracking-links', element: <TrackingLinksPage /> },
          { path: 'collateral', element: <CollateralPage /> },
          { path: 'api-keys', element: <ApiKeysPage /> },
          { path: 'webhooks', element: <WebhooksPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'team', element: <TeamPage /> },
          { path: '*', element: <RouteNotFound /> },
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
