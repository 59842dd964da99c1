import { Badge, Button, Code, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { EmailTemplateFieldsFragment, UpdateEmailTemplateInput } from '../../gql/graphql';

const FIELDS = ['subject', 'body'] as const;

export interface TemplateEditorProps {
  template: EmailTemplateFieldsFragment;
  busy: boolean;
  onSave: (input: UpdateEmailTemplateInput) => Promise<unknown>;
  onReset: () => Promise<unknown>;
}

/** Subject and body of one partner email, with its merge fields. */
export function TemplateEditor({ template, busy, onSave, onReset }: TemplateEditorProps) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      await onSave({ kind: template.kind, subject, body });
      notifySuccess('Template saved.');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group gap="xs">
          <Text size="sm">Merge fields:</Text>
          {template.mergeFields.map((field) => (
            <Code key={field}>{`{{${field}}}`}</Code>
          ))}
          {template.isDefault && <Badge variant="light">Default text</Badge>}
        </Group>
        <TextInput
          label="Subject"
          value={subject}
          onChange={(event) => {
            setSubject(event.currentTarget.value);
            clearFieldError('subject');
          }}
          error={fieldErrors.subject}
        />
        <Textarea
          label="Body"
          autosize
          minRows={8}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            clearFieldError('body');
          }}
          error={fieldErrors.body}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Group justify="flex-end">
          {!template.isDefault && (
            <Button
              variant="subtle"
              loading={busy}
              onClick={() => void onReset().then(() => notifySuccess('Back to the default text.'))}
            >
              Use the default text
            </Button>
          )}
          <Button type="submit" loading={busy}>
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
