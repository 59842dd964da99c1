import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, test, vi } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PREVIEW_PROGRAM_CHANGE } from './graphql/previewProgramChange';
import { defaultPreviewPeriod, previewRangeOf } from './previewPeriod';
import { ProgramForm } from './ProgramForm';
import { NEW_PROGRAM_VALUES, programInputOf, type ProgramFormValues } from './programFormValues';
import { ProgramPreviewPanel } from './ProgramPreviewPanel';

const VALUES: ProgramFormValues = { ...NEW_PROGRAM_VALUES, name: 'Standard partners' };
const usd = (amountMinor: string, formatted: string) => ({
  __typename: 'Money' as const,
  amountMinor,
  currency: 'USD',
  formatted,
});

function renderProgramForm(mocks: Parameters<typeof renderWithApollo>[1], onSubmit = vi.fn()) {
  return renderWithApollo(
    <MemoryRouter>
      <ProgramForm
        initialValues={VALUES}
        submitLabel="Save"
        busy={false}
        onSubmit={onSubmit}
        renderPreview={(form) => (
          <ProgramPreviewPanel
            programId="program-1"
            inputOf={() => programInputOf(form.values)}
            onStart={form.clearFieldErrors}
            onError={form.showError}
          />
        )}
      />
    </MemoryRouter>,
    mocks,
  );
}

/** The edited values as Save would send them: level 1 at 12.5 %. */
const EDITED_INPUT = programInputOf({
  ...VALUES,
  rules: VALUES.rules.map((rule) => ({
    ...rule,
    levels: rule.levels.map((level, index) => (index === 0 ? { ...level, percent: '12.5' } : level)),
  })),
});
const RANGE = previewRangeOf(defaultPreviewPeriod()) as { from: string; to: string };

describe('ProgramPreviewPanel', () => {
  test('previews the edited input (as Save sends it) and shows the difference per partner', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    const answer = vi.fn(() => ({
      data: {
        previewProgramChange: {
          __typename: 'ProgramChangePreview' as const,
          salesCompared: 3,
          truncated: true,
          rows: [
            {
              __typename: 'ProgramChangePreviewRow' as const,
              partner: { __typename: 'Partner' as const, id: 'partner-2', code: 'bob', name: 'Bob Builder' },
              current: usd('1000', '$10.00'),
              changed: usd('1250', '$12.50'),
              difference: usd('250', '$2.50'),
            },
          ],
        },
      },
    }));
    renderProgramForm(
      [
        {
          request: {
            query: PREVIEW_PROGRAM_CHANGE,
            variables: { programId: 'program-1', input: EDITED_INPUT, ...RANGE },
          },
          result: answer,
        },
      ],
      onSubmit,
    );

    const percent = screen.getByRole('textbox', { name: 'Level 1 (the partner) percent' });
    await user.clear(percent);
    await user.type(percent, '12.5');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByText('3 sales compared.')).toBeTruthy();
    expect(answer).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Only part of the period was compared')).toBeTruthy();
    const row = within(screen.getByRole('table', { name: 'Preview per partner' }))
      .getByText('Bob Builder (bob)')
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('$10.00')).toBeTruthy();
    expect(within(row).getByText('$12.50')).toBeTruthy();
    expect(within(row).getByText('$2.50').closest('[data-trend]')?.getAttribute('data-trend')).toBe('teal');
  });

  test('shows a rule error of the preview next to its field, like Save', async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'A percent is a decimal from 0 to 100.';
    renderProgramForm([
      {
        request: {
          query: PREVIEW_PROGRAM_CHANGE,
          variables: { programId: 'program-1', input: programInputOf(VALUES), ...RANGE },
        },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', field: 'rules[0].levels[0].sale.percent' },
            }),
          ],
        },
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Preview' }));

    await waitFor(() => expect(screen.getByText(message)).toBeTruthy());
    expect(screen.queryByText(/sales? compared/)).toBeNull();
  });

  test('refuses a period longer than 366 days without asking the API', async () => {
    const user = userEvent.setup({ delay: null });
    renderProgramForm([]);
    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('A preview covers at most 366 days.')).toBeTruthy();
  });
});
