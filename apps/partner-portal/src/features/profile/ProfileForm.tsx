import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Stack,
  TextInput,
} from '@mantine/core';
import { type PortalPartner } from '../session/useCurrentPartner';
import { isPayoutMethod, PAYOUT_METHOD_OPTIONS, PAYOUT_METHODS } from './payoutMethods';
import { useProfileForm } from './useProfileForm';

const LEGEND_STYLES = { legend: { fontWeight: 600, marginBottom: 'var(--mantine-spacing-xs)' } };

/** The partner edits their contact details, payout details and email preferences. */
export function ProfileForm({ partner }: { partner: PortalPartner }) {
  const { values, setField, fieldErrors, formError, saving, submit } = useProfileForm(partner);
  const destinationHint = values.payoutMethod
    ? PAYOUT_METHODS[values.payoutMethod].destinationHint
    : 'Choose a payout method first, e.g. PayPal and your PayPal email.';

  return (
    <Paper withBorder p="lg">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Edit profile">
        <Stack gap="lg">
          {formError && (
            <Alert color="red" role="alert" title="Your profile was not saved">
              {formError}
            </Alert>
          )}
          <Fieldset legend="Contact" variant="unstyled" styles={LEGEND_STYLES}>
            <Stack gap="sm">
              <TextInput
                label="Name"
                name="name"
                autoComplete="name"
                required
                value={values.name}
                error={fieldErrors.name}
                onChange={(event) => setField('name', event.currentTarget.value)}
              />
              <TextInput
                label="Email"
                name="email"
                type="email"
                autoComplete="email"
                required
                description="You sign in with it; it also receives the program's emails."
                value={values.email}
                error={fieldErrors.email}
                onChange={(event) => setField('email', event.currentTarget.value)}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend="Payout" variant="unstyled" styles={LEGEND_STYLES}>
            <Stack gap="sm">
              <NativeSelect
                label="Payout method"
                name="payoutMethod"
                data={PAYOUT_METHOD_OPTIONS}
                value={values.payoutMethod}
                error={fieldErrors.payoutMethod}
                onChange={(event) => {
                  const chosen = event.currentTarget.value;
                  setField('payoutMethod', isPayoutMethod(chosen) ? chosen : '');
                }}
              />
              <TextInput
                label="Payout destination"
                name="payoutDestination"
                description={destinationHint}
                value={values.payoutDestination}
                error={fieldErrors.payoutDestination}
                onChange={(event) => setField('payoutDestination', event.currentTarget.value)}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend="Notifications" variant="unstyled" styles={LEGEND_STYLES}>
            <Stack gap="sm">
              <Checkbox
                label="Email me about new sales"
                name="notifyOnSale"
                checked={values.notifyOnSale}
                error={fieldErrors.notifyOnSale}
                onChange={(event) => setField('notifyOnSale', event.currentTarget.checked)}
              />
              <Checkbox
                label="Email me about payments"
                name="notifyOnPayment"
                checked={values.notifyOnPayment}
                error={fieldErrors.notifyOnPayment}
                onChange={(event) => setField('notifyOnPayment', event.currentTarget.checked)}
              />
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={saving}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
