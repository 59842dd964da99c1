import {
  Button,
  FileInput,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { CollateralItemFieldsFragment, CollateralKind, SnippetFormat } from '../../gql/graphql';
import { ProgramMultiSelect } from '../programs/ProgramMultiSelect';
import { uploadCollateral } from './uploadCollateral';
import type { useCollateral } from './useCollateral';

const FIELDS = [
  'title',
  'notes',
  'sortOrder',
  'landingUrl',
  'programIds',
  'subject',
  'body',
  'file',
] as const;

const ACCEPT: Partial<Record<CollateralKind, string>> = {
  BANNER: 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml',
  FILE: 'application/pdf,application/zip,.zip',
};

export interface CollateralFormProps {
  kind: CollateralKind;
  /** The item to edit, or null for a new one. */
  item: CollateralItemFieldsFragment | null;
  actions: Pick<ReturnType<typeof useCollateral>, 'create' | 'update' | 'refetch'>;
  onSaved: (title: string) => void;
  onCancel: () => void;
}

/** Upload a banner or file, or write an email swipe or snippet; or edit one. */
export function CollateralForm({ kind, item, actions, onSaved, onCancel }: CollateralFormProps) {
  const [title, setTitle] = useState(item?.title ?? '');
  const [notes, setNotes] = useState(item?.notes ?? '');
  const [sortOrder, setSortOrder] = useState<number>(item?.sortOrder ?? 0);
  const [landingUrl, setLandingUrl] = useState(item?.landingUrl ?? '');
  const [programIds, setProgramIds] = useState<string[]>(item?.programs.map((p) => p.id) ?? []);
  const [subject, setSubject] = useState(item?.subject ?? '');
  const [body, setBody] = useState(item?.body ?? '');
  const [format, setFormat] = useState<SnippetFormat>(item?.format ?? 'TEXT');
  const [file, setFile] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);
  const uploaded = kind === 'BANNER' || kind === 'FILE';

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    setSaving(true);
    try {
      const text = kind === 'EMAIL_SWIPE' ? { subject, body } : kind === 'SNIPPET' ? { body, format } : {};
      if (item) {
        await actions.update({
          variables: {
            id: item.id,
            input: { title, notes, sortOrder, landingUrl, programIds, ...text },
          },
        });
      } else if (uploaded) {
        if (!file) {
          showError(Object.assign(new Error('Choose a file.'), { field: 'file' }));
          return;
        }
        await uploadCollateral({ kind, title, notes, sortOrder, landingUrl, programIds }, file);
        await actions.refetch();
      } else {
        await actions.create({
          variables: {
            input: {
              kind,
              title,
              notes,
              sortOrder,
              landingUrl: landingUrl || null,
              programIds,
              body,
              ...(kind === 'EMAIL_SWIPE' ? { subject } : { format }),
            },
          },
        });
      }
      onSaved(title);
    } catch (failure) {
      showError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {uploaded && !item && (
          <FileInput
            label={kind === 'BANNER' ? 'Banner image' : 'File'}
            description={kind === 'BANNER' ? 'PNG, JPEG, GIF, WebP or SVG.' : 'PDF or ZIP.'}
            accept={ACCEPT[kind]}
            value={file}
            onChange={(value) => {
              setFile(value);
              clearFieldError('file');
            }}
            error={fieldErrors.file}
            required
            clearable
          />
        )}
        <TextInput
          label="Title"
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            clearFieldError('title');
          }}
          error={fieldErrors.title}
          required
        />
        <ProgramMultiSelect
          value={programIds}
          onChange={(ids) => {
            setProgramIds(ids);
            clearFieldError('programIds');
          }}
          error={fieldErrors.programIds}
        />
        <TextInput
          label="Landing URL"
          description="Where the partner's link sends visitors (an allowed domain). Empty: the default landing page."
          placeholder="https://shop.example.com/offer"
          value={landingUrl}
          onChange={(event) => {
            setLandingUrl(event.currentTarget.value);
            clearFieldError('landingUrl');
          }}
          error={fieldErrors.landingUrl}
        />
        {kind === 'EMAIL_SWIPE' && (
          <TextInput
            label="Subject"
            value={subject}
            onChange={(event) => {
              setSubject(event.currentTarget.value);
              clearFieldError('subject');
            }}
            error={fieldErrors.subject}
            required
          />
        )}
        {kind === 'SNIPPET' && (
          <div>
            <Text size="sm" fw={500} mb={4} id="snippet-format-label">
              Format
            </Text>
            <SegmentedControl
              aria-labelledby="snippet-format-label"
              value={format}
              onChange={(value) => setFormat(value as SnippetFormat)}
              data={[
                { label: 'Text', value: 'TEXT' },
                { label: 'HTML', value: 'HTML' },
              ]}
            />
          </div>
        )}
        {(kind === 'EMAIL_SWIPE' || kind === 'SNIPPET') && (
          <Textarea
            label={kind === 'EMAIL_SWIPE' ? 'Body' : 'Text'}
            description="Merge fields: {{trackingLink}} (the partner's link), {{name}}, {{code}}."
            autosize
            minRows={5}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              clearFieldError('body');
            }}
            error={fieldErrors.body}
            required
          />
        )}
        <Textarea
          label="Notes for partners"
          autosize
          minRows={2}
          value={notes}
          onChange={(event) => {
            setNotes(event.currentTarget.value);
            clearFieldError('notes');
          }}
          error={fieldErrors.notes}
        />
        <NumberInput
          label="Order"
          description="Lower numbers are shown first."
          value={sortOrder}
          onChange={(value) => setSortOrder(typeof value === 'number' ? value : Number(value) || 0)}
          allowDecimal={false}
          error={fieldErrors.sortOrder}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {item ? 'Save' : uploaded ? 'Upload' : 'Save'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
