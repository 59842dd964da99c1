import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { ACCEPT_ADMIN_INVITE } from './graphql/acceptAdminInvite';
import { ADMIN_INVITATION } from './graphql/adminInvitation';
import { AcceptInvitePage } from './AcceptInvitePage';

const invitation: MockLink.MockedResponse = {
  request: { query: ADMIN_INVITATION, variables: { token: 'tok' } },
  result: {
    data: {
      adminInvitation: {
        __typename: 'AdminInvitation',
        email: 'new@example.test',
        role: 'VIEWER',
        expiresAt: '2026-12-10T08:00:00.000Z',
      },
    },
  },
};

describe('AcceptInvitePage', () => {
  test('shows the invitation, creates the account and signs the new admin in', async () => {
    const accepted: MockLink.MockedResponse = {
      request: {
        query: ACCEPT_ADMIN_INVITE,
        variables: { input: { token: 'tok', name: 'New Admin', password: 'a-long-password-1' } },
      },
      result: {
        data: {
          acceptAdminInvite: { __typename: 'AdminUser', id: 'a9', email: 'new@example.test', role: 'VIEWER' },
        },
      },
    };
    const onSignIn = vi.fn(async () => {});
    renderWithApollo(<AcceptInvitePage token="tok" onSignIn={onSignIn} />, [invitation, accepted]);
    expect(await screen.findByText('new@example.test')).toBeTruthy();
    expect(screen.getByText(/a viewer \(read-only\)/)).toBeTruthy();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'New Admin');
    await user.type(screen.getByLabelText(/^Password/), 'a-long-password-1');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith('new@example.test', 'a-long-password-1'));
  });

  test('an unusable link says why and offers the sign-in', async () => {
    const expired: MockLink.MockedResponse = {
      request: { query: ADMIN_INVITATION, variables: { token: 'old' } },
      result: {
        errors: [
          new GraphQLError('This invitation has expired; ask for a new one.', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'ADMIN_INVITE_EXPIRED', field: 'token' },
          }),
        ],
      },
    };
    renderWithApollo(<AcceptInvitePage token="old" onSignIn={vi.fn()} />, [expired]);
    expect(await screen.findByText(/This invitation has expired/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create my account' })).toBeNull();
  });
});
