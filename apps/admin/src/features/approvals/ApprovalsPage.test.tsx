import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { APPROVE_PARTNERS } from './graphql/approvePartners';
import { PENDING_PARTNERS } from './graphql/pendingPartners';
import { ApprovalsPage } from './ApprovalsPage';

const applicant = (id: string, code: string) => ({
  __typename: 'Partner' as const,
  id,
  code,
  name: `Name ${code}`,
  email: `${code}@example.test`,
  status: 'PENDING' as const,
  createdAt: '2026-11-24T07:00:00.000Z',
  customFields: { channel: 'Video', terms: true },
  programs: [{ __typename: 'Program' as const, id: 'p1', name: 'Standard partners' }],
  parent: { __typename: 'Partner' as const, id: 'a', code: 'alice' },
});

const pending = (nodes: ReturnType<typeof applicant>[]): MockLink.MockedResponse => ({
  request: { query: PENDING_PARTNERS, variables: { first: 200, programId: null } },
  result: {
    data: {
      partners: {
        __typename: 'PartnerConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        nodes,
      },
    },
  },
});

const PROGRAMS: MockLink.MockedResponse = {
  request: { query: PROGRAM_OPTIONS },
  result: { data: { programs: { __typename: 'ProgramConnection', nodes: [] } } },
};

describe('ApprovalsPage', () => {
  test('approves the selected applications with the note', async () => {
    const approve: MockLink.MockedResponse = {
      request: { query: APPROVE_PARTNERS, variables: { ids: ['1', '2'], note: 'Welcome!' } },
      result: {
        data: {
          approvePartners: ['1', '2'].map((id) => ({
            __typename: 'Partner',
            id,
            status: 'ACTIVE',
            approvedAt: '2026-11-24T08:00:00.000Z',
            reviewNote: 'Welcome!',
          })),
        },
      },
    };
    renderWithApollo(
      <MemoryRouter>
        <ApprovalsPage />
      </MemoryRouter>,
      [PROGRAMS, pending([applicant('1', 'ann1'), applicant('2', 'ben1')]), approve, pending([])],
    );
    const user = userEvent.setup({ delay: null });
    await screen.findByText('Name ann1');
    expect(screen.getAllByText('channel: Video')).toHaveLength(2);
    expect(screen.getAllByText('terms: yes')).toHaveLength(2);
    const bulk = screen.getByRole('button', { name: 'Approve selected (0)' });
    expect(bulk).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.type(screen.getByRole('textbox', { name: 'Note to the applicants (optional)' }), 'Welcome!');
    await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
    await screen.findByText('2 applications approved.');
    await waitFor(() => expect(screen.queryByText('Name ann1')).toBeNull());
  });
});
