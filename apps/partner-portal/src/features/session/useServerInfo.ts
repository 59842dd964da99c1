import { useQuery } from '@apollo/client/react';
import { SERVER_INFO } from './graphql/serverInfo';

/** Whether the server runs on the demo data (then the sign-in page shows the demo accounts). */
export function useDemoData(): boolean {
  const { data } = useQuery(SERVER_INFO);
  return data?.serverInfo.demo === true;
}
