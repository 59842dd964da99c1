import { Stack } from '@mantine/core';
import { PageHeader } from '@partnerkit/ui';
import { PayoutBatchesTable } from './PayoutBatchesTable';
import { PayoutPreviewPanel } from './PayoutPreviewPanel';
import { useAdminCan } from '../session/SessionContext';

/** Paying partners: the preview, the batch form and the list of batches. */
export function PayoutsPage() {
  const can = useAdminCan();
  return (
    <>
      <PageHeader
        title="Payouts"
        description="Pay every partner whose payable balance reaches the program's minimum, in one currency at a time. Each partner gets one payment and a payment-sent email; the batch downloads as a CSV and as PayPal Payouts files."
      />
      <Stack gap="lg">
        {can.write && <PayoutPreviewPanel />}
        <PayoutBatchesTable />
      </Stack>
    </>
  );
}
