import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, test, vi } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { ASSIGN_CUSTOMER_PARTNER } from './graphql/assignCustomerPartner';
import { OrderCustomerCard } from './OrderCustomerCard';

const CUSTOMER = {
  __typename: 'Customer' as const,
  id: 'customer-1',
  email: 'buyer@example.com',
  externalId: 'cus_1',
  name: null,
  referredBy: { __typename: 'Partner' as const, id: 'partner-2', code: 'bob', name: 'Bob Builder' },
  assignedPartner: null,
};
const ALICE = { __typename: 'Partner' as const, id: 'partner-1', code: 'alice', name: 'Alice Agency' };

function renderCard(mocks: Parameters<typeof renderWithApollo>[1]) {
  return renderWithApollo(
    <MemoryRouter>
      <OrderCustomerCard customer={CUSTOMER} />
    </MemoryRouter>,
    mocks,
  );
}

describe('OrderCustomerCard', () => {
  test('assigns the customer to a partner by code', async () => {
    const user = userEvent.setup({ delay: null });
    const answer = vi.fn(() => ({
      data: { assignCustomerPartner: { ...CUSTOMER, assignedPartner: ALICE } },
    }));
    renderCard([
      {
        request: {
          query: ASSIGN_CUSTOMER_PARTNER,
          variables: { customerId: 'customer-1', partnerCode: 'alice' },
        },
        result: answer,
      },
    ]);

    expect(screen.getByText('buyer@example.com')).toBeTruthy();
    expect(screen.getByText(/future sales/)).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Partner code' }), 'alice');
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText("The customer's future sales go to alice.")).toBeTruthy();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  test('shows an unknown partner code under the input', async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'No partner has the code "nobody".';
    renderCard([
      {
        request: {
          query: ASSIGN_CUSTOMER_PARTNER,
          variables: { customerId: 'customer-1', partnerCode: 'nobody' },
        },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'PARTNER_NOT_FOUND', field: 'partnerCode' },
            }),
          ],
        },
      },
    ]);

    await user.type(screen.getByRole('textbox', { name: 'Partner code' }), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(screen.getByText(message)).toBeTruthy());
  });
});
