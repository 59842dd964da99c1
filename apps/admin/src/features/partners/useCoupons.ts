import { useMutation, useQuery } from '@apollo/client/react';
import { COUPONS } from './graphql/coupons';
import { CREATE_COUPON } from './graphql/createCoupon';
import { DELETE_COUPON } from './graphql/deleteCoupon';

/** A partner's coupon codes, with creating and deleting (the list is fetched again after each). */
export function useCoupons(partnerId: string) {
  const { data, loading, error } = useQuery(COUPONS, { variables: { partnerId } });
  const refetchQueries = [{ query: COUPONS, variables: { partnerId } }];
  const [create, created] = useMutation(CREATE_COUPON, { refetchQueries, awaitRefetchQueries: true });
  const [remove, removed] = useMutation(DELETE_COUPON, { refetchQueries, awaitRefetchQueries: true });

  async function createCoupon(code: string) {
    const result = await create({ variables: { partnerId, code } });
    if (!result.data) throw new Error('The coupon was not created.');
    return result.data.createCoupon;
  }

  async function deleteCoupon(code: string) {
    await remove({ variables: { code } });
  }

  return {
    coupons: data?.coupons ?? [],
    loading,
    error,
    createCoupon,
    creating: created.loading,
    deleteCoupon,
    deleting: removed.loading,
  };
}
