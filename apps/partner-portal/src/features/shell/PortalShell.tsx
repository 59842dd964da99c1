import { AppLayout, PageSuspense } from '@partnerkit/ui';
import { Outlet } from 'react-router';
import { SignInPage } from '../session/SignInPage';
import { type PortalPartner, useCurrentPartner } from '../session/useCurrentPartner';
import { usePartnerLiveUpdates } from '../session/usePartnerLiveUpdates';
import { useSignOut } from '../session/useSignOut';
import { ApiUnavailable } from './ApiUnavailable';
import { FullPageLoader } from './FullPageLoader';
import { usePortalNavigation } from './usePortalNavigation';

/** The root of every route: sign-in when nobody is signed in, otherwise the portal layout. */
export function PortalShell() {
  const { partner, loading, error, refetch } = useCurrentPartner();
  if (partner) return <SignedInLayout partner={partner} />;
  if (loading) return <FullPageLoader />;
  if (error) return <ApiUnavailable onRetry={() => void refetch()} />;
  return <SignInPage />;
}

function SignedInLayout({ partner }: { partner: PortalPartner }) {
  usePartnerLiveUpdates();
  const signOut = useSignOut();
  const { navItems, onNavigate } = usePortalNavigation();
  return (
    <AppLayout
      title="Partner Portal"
      navItems={navItems}
      onNavigate={onNavigate}
      userLabel={partner.name}
      onSignOut={() => void signOut()}
    >
      <PageSuspense>
        <Outlet context={partner} />
      </PageSuspense>
    </AppLayout>
  );
}
