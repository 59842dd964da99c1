import { DataTable, MoneyText } from '@partnerkit/ui';
import type { OrderQuery } from '../../gql/graphql';

type OrderLine = OrderQuery['order']['items'][number];

/** The order's lines: SKU, name, quantity, unit price and line discount. */
export function OrderItemsTable({ items }: { items: readonly OrderLine[] }) {
  return (
    <DataTable
      label="Items"
      rows={items}
      rowKey={(item) => `${item.sku}-${item.unitPrice.amountMinor}-${item.quantity}`}
      emptyText="No items."
      columns={[
        { key: 'sku', header: 'SKU', render: (item) => item.sku },
        { key: 'name', header: 'Name', render: (item) => item.name },
        { key: 'quantity', header: 'Quantity', align: 'right', render: (item) => item.quantity },
        {
          key: 'unitPrice',
          header: 'Unit price',
          align: 'right',
          render: (item) => <MoneyText money={item.unitPrice} />,
        },
        {
          key: 'discount',
          header: 'Discount',
          align: 'right',
          render: (item) => <MoneyText money={item.discount} />,
        },
      ]}
    />
  );
}
