import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import type { UpdateProgramInput } from '../../gql/graphql';
import { defaultPreviewPeriod, MAX_PREVIEW_DAYS, previewRangeOf, type PreviewPeriod } from './previewPeriod';
import { ProgramPreviewTable } from './ProgramPreviewTable';
import { usePreviewProgramChange } from './usePreviewProgramChange';

export interface ProgramPreviewPanelProps {
  programId: string;
  /** The input Save would send now (the form's conversion); throws when a field is not valid. */
  inputOf: () => UpdateProgramInput;
  /** Clears the form's field errors before a preview. */
  onStart: () => void;
  /** Shows an error of the edited fields next to them (as Save does). */
  onError: (error: unknown) => void;
}

/** "What if": what the edited program would have paid over a past period. Saves nothing. */
export function ProgramPreviewPanel({ programId, inputOf, onStart, onError }: ProgramPreviewPanelProps) {
  const [period, setPeriod] = useState<PreviewPeriod>(() => defaultPreviewPeriod());
  const [periodError, setPeriodError] = useState<string | null>(null);
  const { preview, loading, run, clear } = usePreviewProgramChange(programId);

  function setDate(field: keyof PreviewPeriod, value: string) {
    setPeriod((current) => ({ ...current, [field]: value }));
    setPeriodError(null);
  }

  async function previewChange() {
    onStart();
    setPeriodError(null);
    const range = previewRangeOf(period);
    if ('error' in range) {
      setPeriodError(range.error);
      return;
    }
    try {
      await run(inputOf(), range.from, range.to);
    } catch (error) {
      clear();
      const { fieldErrors } = problemOf(error);
      const periodMessage = fieldErrors.to ?? fieldErrors.from;
      if (periodMessage) setPeriodError(periodMessage);
      else onError(error);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="program-preview">
      <Stack>
        <Stack gap={4}>
          <Title order={3} id="program-preview">
            Preview this change
          </Title>
          <Text size="sm" c="dimmed">
            What the edited program would have paid for the sales of a past period, next to what it pays now.
            Nothing is saved; existing commissions never change.
          </Text>
        </Stack>
        <Group align="flex-start">
          <TextInput
            type="date"
            label="From"
            value={period.from}
            onChange={(event) => setDate('from', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="To"
            value={period.to}
            onChange={(event) => setDate('to', event.currentTarget.value)}
            error={periodError}
          />
          <Button variant="light" mt={25} loading={loading} onClick={() => void previewChange()}>
            Preview
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={-8}>
          Both days included; at most {MAX_PREVIEW_DAYS} days.
        </Text>
        {preview && (
          <Stack gap="sm">
            <Text size="sm" data-testid="preview-sales-compared">
              {preview.salesCompared === 1 ? '1 sale' : `${preview.salesCompared} sales`} compared.
            </Text>
            {preview.truncated && (
              <Alert color="yellow" title="Only part of the period was compared">
                The period has more sales than a preview recomputes; only the most recent ones are included.
                Choose a shorter period for a complete picture.
              </Alert>
            )}
            <ProgramPreviewTable rows={preview.rows} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
