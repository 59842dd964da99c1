import { useMutation, useQuery } from '@apollo/client/react';
import { MY_COLLATERAL } from './graphql/myCollateral';
import { RECORD_COLLATERAL_USE } from './graphql/recordCollateralUse';

/** The collateral the partner's programs can see, and counting a copy. */
export function useMyCollateral() {
  const { data, loading, error } = useQuery(MY_COLLATERAL, { fetchPolicy: 'cache-and-network' });
  const [record] = useMutation(RECORD_COLLATERAL_USE);
  const recordCopy = (id: string) => {
    // Counting must never get in the way of copying.
    record({ variables: { id, kind: 'COPY' } }).catch(() => undefined);
  };
  return { items: data?.myCollateral ?? [], loading, error, recordCopy };
}
