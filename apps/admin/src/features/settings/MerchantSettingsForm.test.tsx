import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { UPDATE_MERCHANT_SETTINGS } from './graphql/updateMerchantSettings';
import { MerchantSettingsForm } from './MerchantSettingsForm';

const SETTINGS = {
  __typename: 'MerchantSettings' as const,
  defaultLandingUrl: 'https://shop.example.com/',
  allowedDomains: ['shop.example.com'],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('MerchantSettingsForm', () => {
  test('shows the current settings and the API error next to the allowed domains', async () => {
    renderWithApollo(<MerchantSettingsForm settings={SETTINGS} />, [
      {
        request: {
          query: UPDATE_MERCHANT_SETTINGS,
          variables: {
            input: {
              defaultLandingUrl: 'https://shop.example.com/',
              allowedDomains: ['shop.example.com', 'bad/host'],
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('"bad/host" is not a host name like shop.example.com or *.example.com.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'ALLOWED_DOMAIN_INVALID',
                field: 'allowedDomains',
              },
            }),
          ],
        },
      },
    ]);
    expect((screen.getByRole('textbox', { name: 'Default landing URL' }) as HTMLInputElement).value).toBe(
      'https://shop.example.com/',
    );
    expect(screen.getByText('shop.example.com')).toBeTruthy();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Allowed domains' }), 'bad/host{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(
        screen.getByText('"bad/host" is not a host name like shop.example.com or *.example.com.'),
      ).toBeTruthy(),
    );
  });
});
