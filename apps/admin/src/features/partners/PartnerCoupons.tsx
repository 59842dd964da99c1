import { ActionIcon, Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { DateTimeText, notifyError, notifySuccess, problemOf } from '@partnerkit/ui';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { CouponForm } from './CouponForm';
import { useCoupons } from './useCoupons';

/** The partner's coupon codes: orders that use one are credited to the partner. */
export function PartnerCoupons({ partnerId }: { partnerId: string }) {
  const { coupons, error, createCoupon, creating, deleteCoupon, deleting } = useCoupons(partnerId);
  const [confirming, setConfirming] = useState<string | null>(null);

  async function confirmDelete() {
    if (!confirming) return;
    try {
      await deleteCoupon(confirming);
      notifySuccess(`Coupon ${confirming} deleted.`);
      setConfirming(null);
    } catch (deleteError) {
      notifyError(deleteError);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="partner-coupons">
      <Title order={4} mb="xs" id="partner-coupons">
        Coupon codes
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        An order that uses one of these codes is credited to this partner.
      </Text>
      {error && (
        <Alert color="red" title="Coupons could not be loaded" mb="sm">
          {problemOf(error).message}
        </Alert>
      )}
      <Stack gap={6} mb="md">
        {coupons.length === 0 && !error && (
          <Text size="sm" c="dimmed">
            No coupon codes.
          </Text>
        )}
        {coupons.map((coupon) => (
          <Group key={coupon.id} justify="space-between">
            <Stack gap={0}>
              <Text size="sm" ff="monospace" fw={600}>
                {coupon.code}
              </Text>
              <Text size="xs" c="dimmed">
                Added <DateTimeText value={coupon.createdAt} />
              </Text>
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete coupon ${coupon.code}`}
              onClick={() => setConfirming(coupon.code)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <CouponForm onCreate={createCoupon} busy={creating} />
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title="Delete coupon code?">
        <Stack>
          <Text size="sm">
            Orders recorded from now on with <b>{confirming}</b> will no longer be credited to this partner.
            Orders already recorded keep their credit.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button color="red" loading={deleting} onClick={() => void confirmDelete()}>
              Delete coupon
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
