import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { CREATE_PARTNER } from './graphql/createPartner';
import { PartnerCreateForm } from './PartnerCreateForm';

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

function createFails(message: string, extensions: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: CREATE_PARTNER, variables: { input: INPUT } },
    result: { errors: [new GraphQLError(message, { extensions })] },
  };
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Code' }), INPUT.code);
  await user.type(screen.getByRole('textbox', { name: 'Name' }), INPUT.name);
  await user.type(screen.getByRole('textbox', { name: 'Email' }), INPUT.email);
  await user.click(screen.getByRole('button', { name: 'Create partner' }));
  return user;
}

describe('PartnerCreateForm', () => {
  test('shows the API field error next to the field it names', async () => {
    const onCreated = vi.fn();
    renderWithApollo(<PartnerCreateForm onCreated={onCreated} />, [
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
    renderWithApollo(<PartnerCreateForm onCreated={vi.fn()} />, [
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
    renderWithApollo(<PartnerCreateForm onCreated={vi.fn()} />, [
      PROGRAMS_MOCK,
      createFails('You are not signed in.', { code: 'UNAUTHENTICATED' }),
    ]);

    await fillAndSubmit();

    expect(await screen.findByText('You are not signed in.')).toBeTruthy();
    expect(screen.getByText('Not done')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Code' }).getAttribute('aria-invalid')).toBe('false');
  });

  test('hints at the code rule while typing an invalid code', async () => {
    renderWithApollo(<PartnerCreateForm onCreated={vi.fn()} />, [PROGRAMS_MOCK]);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Code' }), '9lives');
    expect(screen.getByText(/A code is 4 to 32 of a-z/)).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Code' }));
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'lives9');
    await waitFor(() => expect(screen.queryByText(/A code is 4 to 32 of a-z/)).toBeNull());
  });

  test('reports the created partner', async () => {
    const onCreated = vi.fn();
    const partner = {
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
    renderWithApollo(<PartnerCreateForm onCreated={onCreated} />, [
      PROGRAMS_MOCK,
      {
        request: { query: CREATE_PARTNER, variables: { input: INPUT } },
        result: { data: { createPartner: partner } },
      },
    ]);

    await fillAndSubmit();

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-1' })));
  });
});
