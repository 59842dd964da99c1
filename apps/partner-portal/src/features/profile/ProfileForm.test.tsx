import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import { aPartner } from '../../test/aPartner';
import { renderWithProviders } from '../../test/renderWithProviders';
import { UPDATE_MY_PROFILE } from './graphql/updateMyProfile';
import { ProfileForm } from './ProfileForm';

const alice = aPartner();

describe('ProfileForm', () => {
  test('sends updateMyProfile with the edited values and confirms the save', async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      name: 'Alice & Co',
      payoutMethod: 'PAYPAL' as const,
      payoutDestination: 'pay@alice.test',
      notifyOnSale: false,
    };
    const answer = vi.fn(() => ({ data: { updateMyProfile: { ...alice, ...input } } }));
    renderWithProviders(<ProfileForm partner={alice} />, [
      { request: { query: UPDATE_MY_PROFILE, variables: { input } }, result: answer },
    ]);

    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Alice & Co');
    await user.selectOptions(screen.getByLabelText('Payout method'), 'PAYPAL');
    await user.type(screen.getByLabelText('Payout destination'), 'pay@alice.test');
    await user.click(screen.getByLabelText('Email me about new sales'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile is saved.')).toBeTruthy();
    expect(answer).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Email me about payments') as HTMLInputElement).checked).toBe(true);
  });

  test('shows a server field error next to its field', async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'A partner with this email exists already.';
    renderWithProviders(<ProfileForm partner={alice} />, [
      {
        request: { query: UPDATE_MY_PROFILE, variables: { input: { email: 'bob@partnerkit.test' } } },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' },
            }),
          ],
        },
      },
    ]);

    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'bob@partnerkit.test');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const error = await screen.findByText(message);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByText('Your profile was not saved')).toBeNull();

    await user.type(email, 'x');
    expect(screen.queryByText(message)).toBeNull();
  });

  test('shows an error without a field above the form', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProfileForm partner={alice} />, [
      {
        request: { query: UPDATE_MY_PROFILE, variables: { input: { name: 'Alice' } } },
        result: {
          errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })],
        },
      },
    ]);

    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Alice');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const alert = await screen.findByRole('alert', { name: 'Your profile was not saved' });
    expect(alert.textContent).toContain('Sign in first.');
  });

  test('takes a live server change into untouched fields and keeps the partner’s own edits', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = renderWithProviders(<ProfileForm partner={alice} />);

    await user.type(screen.getByLabelText('Payout destination'), 'pay@alice.test');
    rerender(
      <ProfileForm partner={{ ...alice, name: 'Alice Renamed', payoutDestination: 'admin@x.test' }} />,
    );

    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Alice Renamed'),
    );
    expect((screen.getByLabelText('Payout destination') as HTMLInputElement).value).toBe('pay@alice.test');
  });
});
