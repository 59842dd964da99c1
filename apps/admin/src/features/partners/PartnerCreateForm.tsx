import {
  Button,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { isValidPartnerCode } from '@partnerkit/domain';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { PartnerDetailFieldsFragment, PartnerStatus } from '../../gql/graphql';
import { ProgramMultiSelect } from '../programs/ProgramMultiSelect';
import { NEW_PARTNER_STATUSES, partnerStatusOptions } from './partnerStatuses';
import { useCreatePartner } from './useCreatePartner';

const FIELDS = ['code', 'name', 'email', 'status', 'parentCode', 'programIds', 'password'] as const;
type Field = (typeof FIELDS)[number];

const CODE_RULE = '4 to 32 of a-z, 0-9, "-" or "_", starting with a letter.';

interface Values {
  code: string;
  name: string;
  email: string;
  status: PartnerStatus;
  parentCode: string;
  programIds: string[];
  password: string;
}

const EMPTY: Values = {
  code: '',
  name: '',
  email: '',
  status: 'ACTIVE',
  parentCode: '',
  programIds: [],
  password: '',
};

export interface PartnerCreateFormProps {
  onCreated: (partner: PartnerDetailFieldsFragment) => void;
}

/** Enrolls a partner; the API's field errors appear next to their fields. */
export function PartnerCreateForm({ onCreated }: PartnerCreateFormProps) {
  const [values, setValues] = useState<Values>(EMPTY);
  const { createPartner, creating } = useCreatePartner();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors<Field>(FIELDS);

  function set<K extends Field>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    clearFieldError(field);
  }

  const codeHint = values.code && !isValidPartnerCode(values.code) ? `A code is ${CODE_RULE}` : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const partner = await createPartner({
        code: values.code.trim(),
        name: values.name.trim(),
        email: values.email.trim(),
        status: values.status,
        parentCode: values.parentCode.trim() || null,
        programIds: values.programIds,
        password: values.password || null,
      });
      onCreated(partner);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Code"
              description={`Appears in tracking links. ${CODE_RULE}`}
              required
              withAsterisk={false}
              value={values.code}
              onChange={(event) => set('code', event.currentTarget.value)}
              error={fieldErrors.code ?? codeHint}
              autoComplete="off"
            />
            <NativeSelect
              label="Status"
              description="Pending partners wait for approval."
              data={partnerStatusOptions(NEW_PARTNER_STATUSES)}
              value={values.status}
              onChange={(event) => set('status', event.currentTarget.value as PartnerStatus)}
              error={fieldErrors.status}
            />
            <TextInput
              label="Name"
              required
              withAsterisk={false}
              value={values.name}
              onChange={(event) => set('name', event.currentTarget.value)}
              error={fieldErrors.name}
            />
            <TextInput
              label="Email"
              type="email"
              required
              withAsterisk={false}
              value={values.email}
              onChange={(event) => set('email', event.currentTarget.value)}
              error={fieldErrors.email}
            />
            <TextInput
              label="Parent partner code"
              description="The partner who recruited this one (earns on their sales in tiered programs)."
              value={values.parentCode}
              onChange={(event) => set('parentCode', event.currentTarget.value)}
              error={fieldErrors.parentCode}
              autoComplete="off"
            />
            <PasswordInput
              label="Portal password"
              description="Optional. Gives the partner access to the partner portal."
              value={values.password}
              onChange={(event) => set('password', event.currentTarget.value)}
              error={fieldErrors.password}
              autoComplete="new-password"
            />
          </SimpleGrid>
          <ProgramMultiSelect
            value={values.programIds}
            onChange={(programIds) => set('programIds', programIds)}
            error={fieldErrors.programIds}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={creating}>
              Create partner
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
