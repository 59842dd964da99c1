import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { CREATE_TRACKING_LINK } from './graphql/createTrackingLink';
import { TrackingLinkForm } from './TrackingLinkForm';

const PROGRAMS_MOCK: MockLink.MockedResponse = {
  request: { query: PROGRAM_OPTIONS },
  result: { data: { programs: { __typename: 'ProgramConnection', nodes: [] } } },
};
const INPUT = {
  slug: 'spring',
  name: 'Spring sale',
  destinationUrl: 'https://shop.example.com/spring',
  programIds: [],
};
const LINK = {
  __typename: 'TrackingLink',
  id: 'l1',
  ...INPUT,
  archived: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  programs: [],
};

async function fillAndSubmit() {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByRole('textbox', { name: 'Slug' }), INPUT.slug);
  await user.type(screen.getByRole('textbox', { name: 'Name' }), INPUT.name);
  // The field starts with "https://": select it all and paste the URL over it, as a person would.
  await user.tripleClick(screen.getByRole('textbox', { name: 'Destination URL' }));
  await user.paste(INPUT.destinationUrl);
  await user.click(screen.getByRole('button', { name: 'Create link' }));
}

describe('TrackingLinkForm', () => {
  test('creates a link', async () => {
    const onSaved = vi.fn();
    renderWithApollo(<TrackingLinkForm onSaved={onSaved} onCancel={vi.fn()} />, [
      PROGRAMS_MOCK,
      {
        request: { query: CREATE_TRACKING_LINK, variables: { input: INPUT } },
        result: { data: { createTrackingLink: LINK } },
      },
    ]);
    await fillAndSubmit();
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'l1', slug: 'spring' })),
    );
  });

  test('shows the API error next to the slug', async () => {
    const onSaved = vi.fn();
    renderWithApollo(<TrackingLinkForm onSaved={onSaved} onCancel={vi.fn()} />, [
      PROGRAMS_MOCK,
      {
        request: { query: CREATE_TRACKING_LINK, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('A link with the slug "spring" exists already.', {
              extensions: { code: 'CONFLICT', reason: 'LINK_SLUG_TAKEN', field: 'slug' },
            }),
          ],
        },
      },
    ]);
    await fillAndSubmit();
    const message = await screen.findByText('A link with the slug "spring" exists already.');
    const slug = screen.getByRole('textbox', { name: 'Slug' });
    expect(slug.getAttribute('aria-invalid')).toBe('true');
    expect(slug.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(onSaved).not.toHaveBeenCalled();
  });

  test('an existing link keeps its slug', () => {
    renderWithApollo(<TrackingLinkForm link={LINK} onSaved={vi.fn()} onCancel={vi.fn()} />, [PROGRAMS_MOCK]);
    expect((screen.getByRole('textbox', { name: 'Slug' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Save link' })).toBeTruthy();
  });
});
