import { useMutation, useQuery } from '@apollo/client/react';
import type { UpsertProductInput } from '../../gql/graphql';
import { PRODUCTS } from './graphql/products';
import { UPSERT_PRODUCT } from './graphql/upsertProduct';

/** The catalogue (first 200 matches). */
export function useProducts(search: string, includeArchived: boolean) {
  const { data, previousData, loading, error } = useQuery(PRODUCTS, {
    variables: { first: 200, search: search.trim() || null, includeArchived },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.products;
  return { products: connection?.nodes ?? [], totalCount: connection?.totalCount ?? 0, loading, error };
}

/** Creates or updates a product by SKU; lists and pickers fetch again. */
export function useUpsertProduct() {
  const [mutate, { loading }] = useMutation(UPSERT_PRODUCT, {
    refetchQueries: ['Products', 'ProductOptions'],
  });
  async function upsertProduct(input: UpsertProductInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The product was not saved.');
    return data.upsertProduct;
  }
  return { upsertProduct, saving: loading };
}
