import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { OrderCustomerFieldsFragment } from '../../gql/graphql';
import { useAssignCustomerPartner } from './useAssignCustomerPartner';

const FIELDS = ['partnerCode'] as const;

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right">
        {children}
      </Text>
    </Group>
  );
}

function PartnerLink({
  partner,
}: {
  partner: { id: string; code: string; name: string } | null | undefined;
}) {
  if (!partner)
    return (
      <Text span c="dimmed" inherit>
        None
      </Text>
    );
  return (
    <Anchor component={Link} to={`/partners/${partner.id}`} inherit>
      {partner.name} ({partner.code})
    </Anchor>
  );
}

/** The order's customer and an admin's assignment of that customer to a partner (for future sales). */
export function OrderCustomerCard({
  customer,
}: {
  customer: OrderCustomerFieldsFragment | null | undefined;
}) {
  const { assignCustomerPartner, saving } = useAssignCustomerPartner();
  const [partnerCode, setPartnerCode] = useState('');
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  if (!customer) {
    return (
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          Customer
        </Title>
        <Text size="sm" c="dimmed">
          The order was recorded without a customer.
        </Text>
      </Paper>
    );
  }
  const customerId = customer.id;

  async function assign(code: string | null) {
    clearFieldErrors();
    try {
      const saved = await assignCustomerPartner(customerId, code);
      setPartnerCode('');
      notifySuccess(
        saved.assignedPartner
          ? `The customer's future sales go to ${saved.assignedPartner.code}.`
          : 'The assignment is removed.',
      );
    } catch (error) {
      showError(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void assign(partnerCode.trim());
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="order-customer">
      <Stack gap="sm">
        <Title order={4} id="order-customer">
          Customer
        </Title>
        <Stack gap={6}>
          <Line label="Email">{customer.email ?? '—'}</Line>
          <Line label="Customer id">{customer.externalId ?? '—'}</Line>
          {customer.name && <Line label="Name">{customer.name}</Line>}
          <Line label="Referred by">
            <PartnerLink partner={customer.referredBy} />
          </Line>
          <Line label="Assigned to">
            <PartnerLink partner={customer.assignedPartner} />
          </Line>
        </Stack>
        <form onSubmit={submit} noValidate aria-label="Assign to partner">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Assign to partner
            </Text>
            <Text size="xs" c="dimmed">
              The assigned partner is credited with this customer&apos;s future sales; sales already recorded
              (this one included) keep their commissions.
            </Text>
            <Group align="flex-start" gap="xs">
              <TextInput
                aria-label="Partner code"
                placeholder="Partner code"
                value={partnerCode}
                onChange={(event) => {
                  setPartnerCode(event.currentTarget.value);
                  clearFieldError('partnerCode');
                }}
                error={fieldErrors.partnerCode}
                style={{ flex: 1 }}
              />
              <Button type="submit" loading={saving} disabled={partnerCode.trim() === ''}>
                Assign
              </Button>
            </Group>
            {customer.assignedPartner && (
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => void assign(null)}
                  disabled={saving}
                >
                  Remove assignment
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
