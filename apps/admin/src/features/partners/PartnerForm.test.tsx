import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { PartnerDetailFieldsFragment } from '../../gql/graphql';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { CREATE_PARTNER } from './graphql/createPartner';
import { UPDATE_PARTNER } from './graphql/updatePartner';
import { PartnerForm } from './PartnerForm';

const PROGRAMS_MOCK: MockLink.MockedResponse = {
  request: { query: PROGRAM_OPTIONS },
  result: {
    data: {
      programs: {
        __typename: 'ProgramConnection',
        nodes: [{ __typename: 'Program', id: 'p1', name: 'Standard partners', currency: 'USD' }],
      },
    },
  },
};

const INPUT = {
  code: 'alice',
  name: 'Alice Again',
  email: 'alice2@example.com',
  status: 'ACTIVE',
  parentCode: null,
  programIds: [],
  password: null,
};

const A_PARTNER: PartnerDetailFieldsFragment & { __typename: 'Partner' } = {
  __typename: 'Partner',
  id: 'new-1',
  code: 'alice',
  name: INPUT.name,
  email: INPUT.email,
  status: 'ACTIVE',
  cookieWindowDays: null,
  payoutMethod: null,
  payoutDestination: null,
  customFields: {},
  notifyOnSale: true,
  notifyOnPayment: true,
  approvedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  parent: null,
  programs: [],
};

function createFails(message: string, extensions: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: CREATE_PARTNER, variables: { input: INPUT } },
    result: { errors: [new GraphQLError(message, { extensions })] },
  };
}

async function fillAndSubmit() {
  // No delay between keystrokes, and whole values pasted: filling stays fast on a loaded machine.
  const user = userEvent.setup({ delay: null });
  for (const [name, value] of [
    ['Code', INPUT.code],
    ['Name', INPUT.name],
    ['Email', INPUT.email],
  ] as const) {
    await user.click(screen.getByRole('textbox', { name }));
    await user.paste(value);
  }
  await user.click(screen.getByRole('button', { name: 'Create partner' }));
  return user;
}

describe('PartnerForm', () => {
  test('shows the API field error next to the field it names', async () => {
    const onCreated = vi.fn();
    renderWithApollo(<PartnerForm onSaved={onCreated} />, [
      PROGRAMS_MOCK,
      createFails('The partner code "alice" is taken.', {
        code: 'CONFLICT',
        reason: 'PARTNER_CODE_TAKEN',
        field: 'code',
      }),
    ]);

    await fillAndSubmit();

    const message = await screen.findByText('The partner code "alice" is taken.');
    const codeInput = screen.getByRole('textbox', { name: 'Code' });
    expect(codeInput.getAttribute('aria-invalid')).toBe('true');
    expect(codeInput.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    // Only the named field is marked, and nothing was created.
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe('false');
    expect(onCreated).not.toHaveBeenCalled();
  });

  test('clears the field error once the field is edited', async () => {
    renderWithApollo(<PartnerForm onSaved={vi.fn()} />, [
      PROGRAMS_MOCK,
      createFails('Enter a valid email address.', {
        code: 'BAD_USER_INPUT',
        reason: 'EMAIL_INVALID',
        field: 'email',
      }),
    ]);

    const user = await fillAndSubmit();
    await screen.findByText('Enter a valid email address.');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'm');
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
  });

  test('an error without a field is shown as a notification', async () => {
    renderWithApollo(<PartnerForm onSaved={vi.fn()} />, [
      PROGRAMS_MOCK,
      createFails('You are not signed in.', { code: 'UNAUTHENTICATED' }),
    ]);

    await fillAndSubmit();

    expect(await screen.findByText('You are not signed in.')).toBeTruthy();
    expect(screen.getByText('Not done')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Code' }).getAttribute('aria-invalid')).toBe('false');
  });

  test('hints at the code rule while typing an invalid code', async () => {
    renderWithApollo(<PartnerForm onSaved={vi.fn()} />, [PROGRAMS_MOCK]);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Code' }), '9lives');
    expect(screen.getByText(/A code is 4 to 32 of a-z/)).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Code' }));
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'lives9');
    await waitFor(() => expect(screen.queryByText(/A code is 4 to 32 of a-z/)).toBeNull());
  });

  test('reports the created partner', async () => {
    const onCreated = vi.fn();
    renderWithApollo(<PartnerForm onSaved={onCreated} />, [
      PROGRAMS_MOCK,
      {
        request: { query: CREATE_PARTNER, variables: { input: INPUT } },
        result: { data: { createPartner: A_PARTNER } },
      },
    ]);

    await fillAndSubmit();

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-1' })));
  });
  test('edits a saved partner: the code stays, only what changed is sent', async () => {
    const onSaved = vi.fn();
    const saved = { ...A_PARTNER, id: 'partner-2', code: 'bobby', name: 'Bob Reviews' };
    renderWithApollo(<PartnerForm partner={saved} onSaved={onSaved} />, [
      PROGRAMS_MOCK,
      {
        request: {
          query: UPDATE_PARTNER,
          variables: { id: 'partner-2', input: { name: 'Bob Reviews Ltd' } },
        },
        result: { data: { updatePartner: { ...saved, name: 'Bob Reviews Ltd' } } },
      },
    ]);
    const user = userEvent.setup({ delay: null });

    const code = screen.getByRole('textbox', { name: 'Code' }) as HTMLInputElement;
    expect(code.readOnly).toBe(true);
    expect(code.value).toBe('bobby');
    expect(screen.getByLabelText('Cookie window override (days)')).toBeTruthy();
    expect(screen.getByLabelText('New portal password')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: 'Bob Reviews Ltd' })),
    );
  });
});
