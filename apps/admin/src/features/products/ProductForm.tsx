import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import { PRODUCT_FORM_FIELDS, type ProductFormField, type ProductFormValues } from './productFormValues';

export interface ProductFormProps {
  initialValues: ProductFormValues;
  /** Editing: the SKU is the product's key and stays. */
  editing: boolean;
  busy: boolean;
  onSubmit: (values: ProductFormValues) => Promise<void>;
}

export function ProductForm({ initialValues, editing, busy, onSubmit }: ProductFormProps) {
  const [values, setValues] = useState(initialValues);
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } =
    useFormErrors<ProductFormField>(PRODUCT_FORM_FIELDS);
  const set = <K extends keyof ProductFormValues>(field: K, value: ProductFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (field === 'price') clearFieldError('priceMinor');
    if (field !== 'subscription') clearFieldError(field as ProductFormField);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await onSubmit(values);
    } catch (error) {
      showError(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="SKU"
          description="Your product key; integrations upsert products by SKU."
          disabled={editing}
          value={values.sku}
          onChange={(event) => set('sku', event.currentTarget.value)}
          error={fieldErrors.sku}
        />
        <TextInput
          label="Name"
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={fieldErrors.name}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Price"
            inputMode="decimal"
            placeholder="49.00"
            value={values.price}
            onChange={(event) => set('price', event.currentTarget.value)}
            error={fieldErrors.price ?? fieldErrors.priceMinor}
          />
          <TextInput
            label="Currency"
            maxLength={3}
            value={values.currency}
            onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
            error={fieldErrors.currency}
          />
        </Group>
        <Checkbox
          label="Subscription (recurring payments)"
          checked={values.subscription}
          onChange={(event) => set('subscription', event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {editing ? 'Save product' : 'Add product'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
