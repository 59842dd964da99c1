import { createBrowserRouter } from 'react-router';
import { AdminShell } from './features/session/AdminShell';
import { RouteNotFound } from './features/session/RouteNotFound';
import { PartnersPage } from './features/partners/PartnersPage';
import { NewPartnerPage } from './features/partners/NewPartnerPage';
import { PartnerDetailPage } from './features/partners/PartnerDetailPage';
import { ProgramsPage } from './features/programs/ProgramsPage';
import { NewProgramPage } from './features/programs/NewProgramPage';
import { ProgramDetailPage } from './features/programs/ProgramDetailPage';
import { ApiKeysPage } from './features/apiKeys/ApiKeysPage';
import { ApprovalsPage } from './features/approvals/ApprovalsPage';
import { EmailsPage } from './features/emails/EmailsPage';
import { ImportPartnersPage } from './features/partnerImport/ImportPartnersPage';
import { ProductsPage } from './features/products/ProductsPage';
import { TrackingLinksPage } from './features/trackingLinks/TrackingLinksPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { OrdersPage } from './features/orders/OrdersPage';
import { OrderDetailPage } from './features/orders/OrderDetailPage';
import { CollateralPage } from './features/collateral/CollateralPage';
import { WebhooksPage } from './features/webhooks/WebhooksPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { PayoutsPage } from './features/payouts/PayoutsPage';
import { PayoutBatchPage } from './features/payouts/PayoutBatchPage';
import { ReviewQueuePage } from './features/review/ReviewQueuePage';
import { TeamPage } from './features/team/TeamPage';

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
