import { useMutation, useQuery } from '@apollo/client/react';
import { COLLATERAL_ITEMS } from './graphql/collateralItems';
import { CREATE_COLLATERAL } from './graphql/createCollateral';
import { DELETE_COLLATERAL } from './graphql/deleteCollateral';
import { UPDATE_COLLATERAL } from './graphql/updateCollateral';

/** The library (every kind) and its changes; lists refetch after each change. */
export function useCollateral(includeArchived: boolean) {
  const { data, loading, error, refetch } = useQuery(COLLATERAL_ITEMS, {
    variables: { includeArchived },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = ['CollateralItems'];
  const [create] = useMutation(CREATE_COLLATERAL, { refetchQueries });
  const [update] = useMutation(UPDATE_COLLATERAL, { refetchQueries });
  const [remove] = useMutation(DELETE_COLLATERAL, { refetchQueries });
  return { items: data?.collateralItems ?? [], loading, error, refetch, create, update, remove };
}
