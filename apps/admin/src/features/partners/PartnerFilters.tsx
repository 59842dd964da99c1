import { CloseButton, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { PartnerStatus } from '../../gql/graphql';
import { useProgramOptions } from '../programs/useProgramOptions';
import { ALL_PARTNER_STATUSES, partnerStatusOptions } from './partnerStatuses';

export interface PartnerFilterValues {
  search: string;
  status: PartnerStatus | null;
  programId: string | null;
  /** Custom field filter: partners whose field `customFieldKey` equals `customFieldValue`. */
  customFieldKey: string;
  customFieldValue: string;
}

export interface PartnerFiltersProps {
  value: PartnerFilterValues;
  onChange: (value: PartnerFilterValues) => void;
}

/** Search box, status filter and program filter above the partners table. */
export function PartnerFilters({ value, onChange }: PartnerFiltersProps) {
  const { options: programOptions } = useProgramOptions();
  return (
    <Group mb="md" align="flex-end">
      <TextInput
        label="Search"
        placeholder="Code, name or email"
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        rightSection={
          value.search ? (
            <CloseButton
              aria-label="Clear search"
              size="sm"
              onClick={() => onChange({ ...value, search: '' })}
            />
          ) : null
        }
        w={{ base: '100%', xs: 240 }}
      />
      <NativeSelect
        label="Status"
        data={[{ value: '', label: 'All statuses' }, ...partnerStatusOptions(ALL_PARTNER_STATUSES)]}
        value={value.status ?? ''}
        onChange={(event) =>
          onChange({ ...value, status: (event.currentTarget.value || null) as PartnerStatus | null })
        }
        w={{ base: '100%', xs: 160 }}
      />
      <NativeSelect
        label="Program"
        data={[{ value: '', label: 'All programs' }, ...programOptions]}
        value={value.programId ?? ''}
        onChange={(event) => onChange({ ...value, programId: event.currentTarget.value || null })}
        w={{ base: '100%', xs: 200 }}
      />
      <TextInput
        label="Custom field"
        placeholder="key, e.g. website"
        value={value.customFieldKey}
        onChange={(event) => onChange({ ...value, customFieldKey: event.currentTarget.value })}
        w={{ base: '100%', xs: 150 }}
      />
      <TextInput
        label="equals"
        placeholder="value"
        aria-label="Custom field value"
        value={value.customFieldValue}
        onChange={(event) => onChange({ ...value, customFieldValue: event.currentTarget.value })}
        w={{ base: '100%', xs: 150 }}
      />
    </Group>
  );
}
