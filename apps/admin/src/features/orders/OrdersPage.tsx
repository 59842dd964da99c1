import { Alert, Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LoadMoreFooter, PageHeader, problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import { OrdersTable } from './OrdersTable';
import { PartnerPicker, type PickedPartner } from './PartnerPicker';
import { useOrders } from './useOrders';
import { useRefetchOnLiveActivity } from '../live/useRefetchOnLiveActivity';

/** Every recorded sale, filterable by credited partner and by order id. */
export function OrdersPage() {
  // New sales and changed commissions show without a reload.
  useRefetchOnLiveActivity(['SALE', 'COMMISSION'], ['Orders']);
  const [partner, setPartner] = useState<PickedPartner | null>(null);
  const [externalId, setExternalId] = useState('');
  const [debouncedExternalId] = useDebouncedValue(externalId, 300);
  const { orders, totalCount, hasNextPage, loading, error, loadMore } = useOrders({
    partnerId: partner?.id ?? null,
    externalId: debouncedExternalId,
  });

  return (
    <>
      <PageHeader title="Orders" description="Recorded sales, newest first, with who was credited." />
      <Group mb="md" align="flex-end">
        <PartnerPicker label="Credited partner" value={partner} onChange={setPartner} />
        <TextInput
          label="Order id"
          placeholder="Your order id"
          value={externalId}
          onChange={(event) => setExternalId(event.currentTarget.value)}
        />
      </Group>
      {error && (
        <Alert color="red" title="Orders could not be loaded" mb="md">
          {problemOf(error).message}
        </Alert>
      )}
      <OrdersTable orders={orders} loading={loading} />
      <LoadMoreFooter
        shown={orders.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loading && orders.length > 0}
        onLoadMore={() => void loadMore()}
      />
    </>
  );
}
