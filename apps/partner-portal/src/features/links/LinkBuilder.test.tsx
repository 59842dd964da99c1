import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { BUILD_TRACKING_LINK } from './graphql/buildTrackingLink';
import { LinkBuilder } from './LinkBuilder';

const BUILT = 'https://go.example.com/r/alice?url=https%3A%2F%2Fshop.example.com%2Fp%2F1&sub=june';

describe('LinkBuilder', () => {
  test('builds a link with a sub-id and offers to copy it', async () => {
    renderWithProviders(
      <LinkBuilder allowedDomains={['*.example.org']} defaultLandingUrl="https://shop.example.com/" />,
      [
        {
          request: {
            query: BUILD_TRACKING_LINK,
            variables: { url: 'https://shop.example.com/p/1', subId: 'june' },
          },
          result: { data: { buildTrackingLink: BUILT } },
        },
      ],
    );
    expect(screen.getByText('Any page on shop.example.com, *.example.org.')).toBeTruthy();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Landing page' }), 'https://shop.example.com/p/1');
    await user.type(screen.getByRole('textbox', { name: 'Sub-id (optional)' }), 'june');
    await user.click(screen.getByRole('button', { name: 'Build link' }));
    expect((await screen.findByTestId('built-link')).textContent).toBe(BUILT);
    expect(screen.getByRole('button', { name: 'Copy the built link' })).toBeTruthy();
  });

  test("shows the server's refusal next to the landing page field", async () => {
    const message = "Links may only point to the merchant's own sites (shop.example.com).";
    renderWithProviders(<LinkBuilder allowedDomains={[]} defaultLandingUrl="https://shop.example.com/" />, [
      {
        request: { query: BUILD_TRACKING_LINK, variables: { url: 'https://evil.test/', subId: null } },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'LINK_DOMAIN_NOT_ALLOWED', field: 'url' },
            }),
          ],
        },
      },
    ]);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Landing page' }), 'https://evil.test/');
    await user.click(screen.getByRole('button', { name: 'Build link' }));
    const error = await screen.findByText(message);
    const field = screen.getByRole('textbox', { name: 'Landing page' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(screen.queryByTestId('built-link')).toBeNull();
  });
});
