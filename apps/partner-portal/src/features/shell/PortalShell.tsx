import { AppLayout, PageSuspense } from '@partnerkit/ui';
import { Outlet } from 'react-router';
import { SignInPage } from '../session/SignInPage';
import { type PortalPartner, type PortalViewer, useCurrentPartner } from '../session/useCurrentPartner';
import { usePartnerLiveUpdates } from '../session/usePartnerLiveUpdates';
import { useSignOut } from '../session/useSignOut';
import { PartnerViewBanner } from '../session/PartnerViewBanner';
import { ApiUnavailable } from './ApiUnavailable';
import { FullPageLoader } from './FullPageLoader';
import { usePortalNavigation } from './usePortalNavigation';

/** The root of every route: sign-in when nobody is signed in, otherwise the portal layout. */
export function PortalShell() {
  const { partner, viewedBy, loading, error, refetch } = useCurrentPartner();
  if (partner) return <SignedInLayout partner={partner} viewedBy={viewedBy} />;
  if (loading) return <FullPageLoader />;
  if (error) return <ApiUnavailable onRetry={() => void refetch()} />;
  return <SignInPage />;
}

function SignedInLayout({ partner, viewedBy }: { partner: PortalPartner; viewedBy: PortalViewer | null }) {
  usePartnerLiveUpdates();
  const signOut = useSignOut();
  const { navItems, onNavigate } = usePortalNavigation();
  // Ending an admin's view closes the tab the console opened for it (else the sign-in page shows).
  const endView = () => void signOut().then(() => window.close());
  return (
    <AppLayout
      title="Partner Portal"
      navItems={navItems}
      onNavigate={onNavigate}
      userLabel={partner.name}
      onSignOut={viewedBy ? endView : () => void signOut()}
      banner={
        viewedBy ? (
          <PartnerViewBanner partnerName={partner.name} adminName={viewedBy.name} onEnd={endView} />
        ) : undefined
      }
    >
      <PageSuspense>
        <Outlet context={partner} />
      </PageSuspense>
    </AppLayout>
  );
}
