import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { COUPONS } from './graphql/coupons';
import { CREATE_COUPON } from './graphql/createCoupon';
import { PartnerCoupons } from './PartnerCoupons';

const COUPON = {
  __typename: 'Coupon' as const,
  id: 'coupon-1',
  code: 'BOB10',
  createdAt: '2026-11-01T10:00:00.000Z',
};

describe('PartnerCoupons', () => {
  test('lists the coupons and shows the API error under the code input', async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'The coupon "BOB10" exists already.';
    renderWithApollo(<PartnerCoupons partnerId="partner-2" />, [
      {
        request: { query: COUPONS, variables: { partnerId: 'partner-2' } },
        result: { data: { coupons: [COUPON] } },
      },
      {
        request: { query: CREATE_COUPON, variables: { partnerId: 'partner-2', code: 'bob10' } },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'CONFLICT', reason: 'COUPON_CODE_TAKEN', field: 'code' },
            }),
          ],
        },
      },
    ]);

    expect(await screen.findByText('BOB10')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Coupon code/ }), 'bob10');
    await user.click(screen.getByRole('button', { name: 'Add coupon' }));

    await waitFor(() => expect(screen.getByText(message)).toBeTruthy());
    const input = screen.getByRole('textbox', { name: /Coupon code/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(
        input
          .getAttribute('aria-describedby')
          ?.split(' ')
          .find((id) => id.endsWith('error')) ?? '',
      )?.textContent,
    ).toBe(message);
  });
});
