import { Select } from '@mantine/core';
import { useState } from 'react';
import { usePartnerPickerOptions } from './usePartnerPickerOptions';

export interface PickedPartner {
  id: string;
  code: string;
  name: string;
}

export interface PartnerPickerProps {
  label: string;
  value: PickedPartner | null;
  onChange: (partner: PickedPartner | null) => void;
}

const optionLabel = (partner: PickedPartner) => `${partner.code} · ${partner.name}`;

/** Chooses one partner by typing part of its code, name or email. */
export function PartnerPicker({ label, value, onChange }: PartnerPickerProps) {
  const [search, setSearch] = useState('');
  const { partners } = usePartnerPickerOptions(value && search === optionLabel(value) ? '' : search);
  const known =
    value && !partners.some((partner) => partner.id === value.id) ? [value, ...partners] : partners;
  return (
    <Select
      label={label}
      placeholder="Any partner"
      searchable
      clearable
      nothingFoundMessage="No partner matches."
      data={known.map((partner) => ({ value: partner.id, label: optionLabel(partner) }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(known.find((partner) => partner.id === id) ?? null)}
      filter={({ options }) => options}
      miw={260}
    />
  );
}
