import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { SERVER_INFO } from './graphql/serverInfo';
import { REQUEST_ADMIN_PASSWORD_RESET } from './graphql/requestAdminPasswordReset';
import { ForgotPasswordPage } from './PasswordResetPages';
import { DEMO_ADMIN_HINT, SignInPage } from './SignInPage';

const serverInfo = (demo: boolean): MockLink.MockedResponse => ({
  request: { query: SERVER_INFO },
  result: { data: { serverInfo: { __typename: 'ServerInfo', demo } } },
});

describe('SignInPage', () => {
  test('shows the demo account only when the server runs on demo data', async () => {
    renderWithApollo(<SignInPage onSignIn={async () => {}} />, [serverInfo(true)]);
    expect((await screen.findByText(DEMO_ADMIN_HINT)).textContent).toBe(DEMO_ADMIN_HINT);
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toMatch(
      /\/forgot-password$/,
    );
  });

  test('hides it otherwise', async () => {
    renderWithApollo(<SignInPage onSignIn={async () => {}} />, [serverInfo(false)]);
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toBeTruthy();
    // Once the answer is in (demo: false), no demo account is shown.
    await waitFor(() => expect(screen.queryByText(/demo-admin-pass/)).toBeNull());
  });
});

describe('ForgotPasswordPage', () => {
  test('asks for a link and says the same whatever the answer', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApollo(<ForgotPasswordPage />, [
      {
        request: { query: REQUEST_ADMIN_PASSWORD_RESET, variables: { email: 'me@example.com' } },
        result: { data: { requestAdminPasswordReset: true } },
      },
    ]);
    await user.type(screen.getByLabelText(/Email/), ' me@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/If an account matches/);
  });
});
