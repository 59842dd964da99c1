import { useOutletContext } from 'react-router';
import { type PortalPartner } from './useCurrentPartner';

/** Inside the signed-in layout: the partner, kept live by the shell. */
export function useSignedInPartner(): PortalPartner {
  return useOutletContext<PortalPartner>();
}
