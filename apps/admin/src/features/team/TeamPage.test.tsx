import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { SessionContext } from '../session/SessionContext';
import { INVITE_ADMIN } from './graphql/inviteAdmin';
import { TEAM } from './graphql/team';
import { TeamPage } from './TeamPage';

const admin = (id: string, email: string, role: 'OWNER' | 'MANAGER' | 'VIEWER') => ({
  __typename: 'AdminUser' as const,
  id,
  name: `Name ${id}`,
  email,
  role,
  createdAt: '2026-12-01T08:00:00.000Z',
});

const invite = {
  __typename: 'AdminInvite' as const,
  id: 'i1',
  email: 'pending@example.test',
  role: 'VIEWER' as const,
  createdAt: '2026-12-02T08:00:00.000Z',
  expiresAt: '2026-12-09T08:00:00.000Z',
};

const team = (invites = [invite]): MockLink.MockedResponse => ({
  request: { query: TEAM },
  result: {
    data: {
      admins: [admin('a1', 'owner@example.test', 'OWNER'), admin('a2', 'viewer@example.test', 'VIEWER')],
      adminInvites: invites,
    },
  },
});

describe('TeamPage', () => {
  test('an owner sees the admins and pending invitations and invites someone with a role', async () => {
    const sent: MockLink.MockedResponse = {
      request: { query: INVITE_ADMIN, variables: { input: { email: 'new@example.test', role: 'MANAGER' } } },
      result: { data: { inviteAdmin: { ...invite, id: 'i2', email: 'new@example.test', role: 'MANAGER' } } },
    };
    renderWithApollo(<TeamPage />, [team(), sent, team()]);
    expect(await screen.findByText('viewer@example.test')).toBeTruthy();
    expect(screen.getByText('pending@example.test')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Role of viewer@example.test' }).value).toBe(
      'Viewer',
    );

    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.test');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Invitation sent to new@example.test.')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Email' }).value).toBe('');
  });

  test('a viewer sees the team but no invite form, role menus or buttons', async () => {
    renderWithApollo(
      <SessionContext.Provider value={{ userLabel: 'V', adminId: 'a2', role: 'VIEWER', signOut: () => {} }}>
        <TeamPage />
      </SessionContext.Provider>,
      [team()],
    );
    expect(await screen.findByText('owner@example.test')).toBeTruthy();
    expect(screen.getByText('Name a2 (you)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send invitation' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Role of/ })).toBeNull();
  });
});
