import { MultiSelect } from '@mantine/core';
import { useProgramOptions } from './useProgramOptions';

export interface ProgramMultiSelectProps {
  value: string[];
  onChange: (programIds: string[]) => void;
  error?: string;
}

/** "Programs": pick any of the programs by name. */
export function ProgramMultiSelect({ value, onChange, error }: ProgramMultiSelectProps) {
  const { options, loading } = useProgramOptions();
  return (
    <MultiSelect
      label="Programs"
      placeholder={loading ? 'Loading programs…' : value.length ? undefined : 'Pick programs'}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      nothingFoundMessage="No such program"
    />
  );
}
