import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';

const FIELDS = ['code'] as const;

export interface CouponFormProps {
  /** Creates the coupon; a rejected promise (an API error) is shown under the input. */
  onCreate: (code: string) => Promise<unknown>;
  busy: boolean;
}

/** Adds a coupon code: orders that use it are credited to the partner. */
export function CouponForm({ onCreate, busy }: CouponFormProps) {
  const [code, setCode] = useState('');
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await onCreate(code.trim());
      notifySuccess(`Coupon ${code.trim().toUpperCase()} added.`);
      setCode('');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add coupon code">
      <Stack gap="xs">
        <TextInput
          label="Coupon code"
          description="3 to 64 of A-Z 0-9 _ -; stored in upper case."
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            clearFieldError('code');
          }}
          error={fieldErrors.code}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={code.trim() === ''}>
            Add coupon
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
