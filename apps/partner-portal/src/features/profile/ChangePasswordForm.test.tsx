import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ChangePasswordForm } from './ChangePasswordForm';
import { CHANGE_MY_PASSWORD } from './graphql/changeMyPassword';

describe('ChangePasswordForm', () => {
  test('shows the API error next to the current password', async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'The current password is not right.';
    renderWithProviders(<ChangePasswordForm />, [
      {
        request: {
          query: CHANGE_MY_PASSWORD,
          variables: { currentPassword: 'wrong-pass', newPassword: 'a-much-better-pass' },
        },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
            }),
          ],
        },
      },
    ]);

    await user.type(screen.getByLabelText('Current password'), 'wrong-pass');
    await user.type(screen.getByLabelText('New password'), 'a-much-better-pass');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText(message)).toBeTruthy();
  });

  test('clears the fields once the password is changed', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ChangePasswordForm />, [
      {
        request: {
          query: CHANGE_MY_PASSWORD,
          variables: { currentPassword: 'demo-partner-pass', newPassword: 'a-much-better-pass' },
        },
        result: { data: { changeMyPassword: true } },
      },
    ]);

    await user.type(screen.getByLabelText('Current password'), 'demo-partner-pass');
    await user.type(screen.getByLabelText('New password'), 'a-much-better-pass');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('Your password is changed.')).toBeTruthy();
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });
});
