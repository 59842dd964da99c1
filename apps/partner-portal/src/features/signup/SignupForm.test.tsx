import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../test/renderWithProviders';
import { PARTNER_CODE_AVAILABILITY } from './graphql/partnerCodeAvailability';
import { SIGN_UP_PARTNER } from './graphql/signUpPartner';
import { SignupForm } from './SignupForm';
import type { SignupFormDefinition } from './signupValues';

const FORM: SignupFormDefinition = {
  programId: 'p1',
  programName: 'Standard partners',
  notes: '',
  asksParentCode: true,
  asksPayoutEmail: false,
  fields: [
    {
      key: 'channel',
      label: 'Channel',
      type: 'CHOICE',
      required: true,
      options: ['Blog', 'Video'],
    },
    {
      key: 'terms',
      label: 'I accept the terms',
      type: 'CHECKBOX',
      required: true,
      options: [],
    },
  ],
};

const availability = (code: string, available: boolean): MockLink.MockedResponse => ({
  request: { query: PARTNER_CODE_AVAILABILITY, variables: { code } },
  result: {
    data: {
      partnerCodeAvailability: {
        __typename: 'PartnerCodeAvailability',
        code,
        available,
        reason: available ? null : 'PARTNER_CODE_TAKEN',
        message: available ? null : `The code "${code}" is taken.`,
      },
    },
  },
  maxUsageCount: 5,
});

const INPUT = {
  programId: 'p1',
  name: 'Vera Visitor',
  email: 'vera@example.test',
  code: 'vera',
  password: 'visitor-pass-1',
  parentCode: 'alice',
  payoutEmail: null,
  customFields: { channel: 'Video', terms: true },
};

async function fill() {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByRole('textbox', { name: /^Name/ }), INPUT.name);
  await user.type(screen.getByRole('textbox', { name: 'Email' }), INPUT.email);
  await user.type(screen.getByRole('textbox', { name: /^Partner code/ }), INPUT.code);
  await user.type(screen.getByLabelText(/^Password/), INPUT.password);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Video');
  await user.click(screen.getByRole('checkbox', { name: 'I accept the terms' }));
  return user;
}

describe('SignupForm', () => {
  test('checks the code while typing and sends the application with the recruiting code and answers', async () => {
    const onSignedUp = vi.fn();
    renderWithProviders(<SignupForm form={FORM} parentCode="alice" onSignedUp={onSignedUp} />, [
      availability('vera', true),
      {
        request: { query: SIGN_UP_PARTNER, variables: { input: INPUT } },
        result: { data: { signUpPartner: { __typename: 'SignUpResult', code: 'vera', status: 'PENDING' } } },
      },
    ]);
    expect((screen.getByRole('textbox', { name: /^Referred by/ }) as HTMLInputElement).value).toBe('alice');
    const user = await fill();
    await screen.findByText(/vera is available/);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await vi.waitFor(() =>
      expect(onSignedUp).toHaveBeenCalledWith({
        __typename: 'SignUpResult',
        code: 'vera',
        status: 'PENDING',
      }),
    );
  });

  test('shows a taken code live, and an API error next to the field it names', async () => {
    renderWithProviders(<SignupForm form={FORM} parentCode="alice" onSignedUp={vi.fn()} />, [
      availability('vera', false),
      {
        request: { query: SIGN_UP_PARTNER, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('No active partner has the code "alice".', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'PARENT_NOT_FOUND', field: 'parentCode' },
            }),
          ],
        },
      },
    ]);
    const user = await fill();
    await screen.findByText('The code "vera" is taken.');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const message = await screen.findByText('No active partner has the code "alice".');
    const parent = screen.getByRole('textbox', { name: /^Referred by/ });
    expect(parent.getAttribute('aria-invalid')).toBe('true');
    expect(parent.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
  });
});
