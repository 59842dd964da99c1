import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { TrackingLinkFieldsFragment } from '../../gql/graphql';
import { ProgramMultiSelect } from '../programs/ProgramMultiSelect';
import { useSaveTrackingLink } from './useSaveTrackingLink';

const FIELDS = ['slug', 'name', 'destinationUrl', 'programIds'] as const;

export interface TrackingLinkFormProps {
  /** The link to edit; none: a new link. */
  link?: TrackingLinkFieldsFragment | null;
  onSaved: (link: TrackingLinkFieldsFragment) => void;
  onCancel: () => void;
}

/** Slug (new links only: shared links keep theirs), name, destination and the programs that may use it. */
export function TrackingLinkForm({ link, onSaved, onCancel }: TrackingLinkFormProps) {
  const [slug, setSlug] = useState(link?.slug ?? '');
  const [name, setName] = useState(link?.name ?? '');
  const [destinationUrl, setDestinationUrl] = useState(link?.destinationUrl ?? 'https://');
  const [programIds, setProgramIds] = useState<string[]>(link?.programs.map((p) => p.id) ?? []);
  const { createLink, updateLink, saving } = useSaveTrackingLink();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const saved = link
        ? await updateLink(link.id, { name, destinationUrl, programIds })
        : await createLink({ slug, name, destinationUrl, programIds });
      onSaved(saved);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Slug"
          description={
            link
              ? 'Partners have shared this link, so its slug stays.'
              : 'Appears in the link: /r/<partner code>/<slug>. a-z, 0-9 and "-".'
          }
          value={slug}
          disabled={!!link}
          onChange={(event) => {
            setSlug(event.currentTarget.value);
            clearFieldError('slug');
          }}
          error={fieldErrors.slug}
        />
        <TextInput
          label="Name"
          description="What partners see, e.g. “Spring sale”."
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            clearFieldError('name');
          }}
          error={fieldErrors.name}
        />
        <TextInput
          label="Destination URL"
          description="Where the link sends visitors."
          value={destinationUrl}
          onChange={(event) => {
            setDestinationUrl(event.currentTarget.value);
            clearFieldError('destinationUrl');
          }}
          error={fieldErrors.destinationUrl}
        />
        <ProgramMultiSelect
          value={programIds}
          onChange={(ids) => {
            setProgramIds(ids);
            clearFieldError('programIds');
          }}
          error={fieldErrors.programIds}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {link ? 'Save link' : 'Create link'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
