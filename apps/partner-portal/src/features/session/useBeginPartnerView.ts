import { useApolloClient, useMutation } from '@apollo/client/react';
import { problemOf } from '@partnerkit/ui';
import { useEffect, useRef, useState } from 'react';
import { BEGIN_PARTNER_VIEW } from './graphql/beginPartnerView';
import { ME } from './graphql/me';

/**
 * The portal's end of "View as partner": exchanges the link's one-time token (once, even when React runs the
 * effect twice) for the read-only session, forgets whatever was cached of another partner and makes the
 * viewed partner the caller. `done` once the portal can be shown; `problem` when the link does not work.
 */
export function useBeginPartnerView(token: string | null) {
  const client = useApolloClient();
  const [begin] = useMutation(BEGIN_PARTNER_VIEW);
  const started = useRef(false);
  const [state, setState] = useState<{ done: boolean; problem: string | null }>({
    done: false,
    problem: token ? null : 'This link has no view token. Start the view again from the admin console.',
  });
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { data } = await begin({ variables: { token } });
        if (!data) throw new Error('The view did not start.');
        await client.clearStore();
        client.writeQuery({ query: ME, data: { me: data.beginPartnerView } });
        setState({ done: true, problem: null });
      } catch (error) {
        setState({ done: false, problem: problemOf(error).message });
      }
    })();
  }, [begin, client, token]);
  return state;
}
