import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useProgramOptions } from '../programs/useProgramOptions';
import { type PartnerStatus } from '../../gql/graphql';
import { PERIOD_PRESETS, lastDays } from './reportPeriod';
import { type ReportFilterValues } from './useReportFilters';

const STATUSES = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'PENDING', label: 'Pending' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'REJECTED', label: 'Rejected' },
];

export interface ReportFiltersProps {
  value: ReportFilterValues;
  onChange: (change: Partial<ReportFilterValues>) => void;
  /** The dashboard filters by period and program only. */
  partnerFilters?: boolean;
}

/** Period (a preset or two days), program and, for reports, the partner search and status. */
export function ReportFilters({ value, onChange, partnerFilters = true }: ReportFiltersProps) {
  const { options } = useProgramOptions();
  const preset = PERIOD_PRESETS.find((p) => {
    const period = lastDays(Number(p.value));
    return period.from === value.from && period.to === value.to;
  });
  return (
    <Group mb="md" align="flex-end" gap="sm">
      <SegmentedControl
        aria-label="Period"
        data={[...PERIOD_PRESETS]}
        value={preset?.value ?? ''}
        onChange={(days) => onChange(lastDays(Number(days)))}
      />
      <TextInput
        type="date"
        label="From"
        value={value.from}
        max={value.to}
        onChange={(event) => event.currentTarget.value && onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label="To"
        value={value.to}
        min={value.from}
        onChange={(event) => event.currentTarget.value && onChange({ to: event.currentTarget.value })}
      />
      <Select
        label="Program"
        placeholder="All programs"
        data={options}
        value={value.programId}
        onChange={(programId) => onChange({ programId })}
        clearable
        w={200}
      />
      {partnerFilters && (
        <>
          <TextInput
            label="Partner"
            placeholder="Code, name or email"
            value={value.search}
            onChange={(event) => onChange({ search: event.currentTarget.value })}
          />
          <Select
            label="Status"
            placeholder="Any status"
            data={STATUSES}
            value={value.status}
            onChange={(status) => onChange({ status: status as PartnerStatus | null })}
            clearable
            w={150}
          />
        </>
      )}
    </Group>
  );
}
