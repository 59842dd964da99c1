import { DataTable } from '@partnerkit/ui';
import type { MyProductsSoldQuery } from '../../gql/graphql';

/** Products in the partner's own sales: how many were sold, in how many orders. */
export function ProductsSoldTable({
  products,
  loading,
}: {
  products: MyProductsSoldQuery['myProductsSold'];
  loading: boolean;
}) {
  return (
    <DataTable
      label="Products sold"
      rows={products}
      rowKey={(product) => product.sku}
      loading={loading && products.length === 0}
      emptyText="No products sold yet."
      columns={[
        { key: 'name', header: 'Product', render: (p) => p.name },
        { key: 'sku', header: 'SKU', render: (p) => p.sku },
        { key: 'quantity', header: 'Quantity', align: 'right', render: (p) => p.quantity },
        { key: 'orders', header: 'Orders', align: 'right', render: (p) => p.orders },
      ]}
    />
  );
}
