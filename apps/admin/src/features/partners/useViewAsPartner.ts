import { useMutation } from '@apollo/client/react';
import { notifyError } from '@partnerkit/ui';
import { portalBaseUrl } from '../programs/signupLinks';
import { START_PARTNER_VIEW } from './graphql/startPartnerView';

/** The portal's address that begins a view (the token in the fragment: never sent to a server or logged). */
export const partnerViewUrl = (token: string, portal: string = portalBaseUrl()) =>
  `${portal}/view#token=${encodeURIComponent(token)}`;

/**
 * "View as partner": starts a read-only view of the partner's portal and opens it in a new tab. The tab is
 * opened at the click (a tab opened after the answer would be blocked as a pop-up) and sent to the portal
 * once the token is there; without the console as its opener.
 */
export function useViewAsPartner(partnerId: string) {
  const [start, { loading }] = useMutation(START_PARTNER_VIEW);
  async function viewAsPartner() {
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const { data } = await start({ variables: { partnerId } });
      if (!data) throw new Error('The view did not start.');
      const url = partnerViewUrl(data.startPartnerView.token);
      if (tab) tab.location.href = url;
      else window.open(url, '_blank', 'noopener');
    } catch (error) {
      tab?.close();
      notifyError(error);
    }
  }
  return { viewAsPartner, starting: loading };
}
