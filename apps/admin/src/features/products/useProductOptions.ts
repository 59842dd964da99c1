import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PRODUCT_OPTIONS } from './graphql/productOptions';

/** Products as `{ value, label }` options (archived ones only when already chosen elsewhere). */
export function useProductOptions() {
  const { data, loading } = useQuery(PRODUCT_OPTIONS);
  const options = useMemo(
    () =>
      (data?.products.nodes ?? []).map((product) => ({
        value: product.id,
        label: `${product.name} (${product.sku})${product.subscription ? ' · subscription' : ''}${product.archivedAt ? ' · archived' : ''}`,
      })),
    [data],
  );
  return { options, loading };
}
