import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MY_COLLATERAL } from './graphql/myCollateral';
import { RECORD_COLLATERAL_USE } from './graphql/recordCollateralUse';
import { CollateralPage } from './CollateralPage';

const LINK = 'https://go.example.com/r/alice?url=https%3A%2F%2Fshop.example.com%2Fspring';
const BANNER_HTML = `<a href="${LINK}"><img src="https://go.example.com/collateral/banners/abc.png" width="300" height="250" alt="Spring banner"></a>`;

const item = (fields: Record<string, unknown>) => ({
  __typename: 'PartnerCollateral' as const,
  notes: '',
  landingUrl: 'https://shop.example.com/spring',
  trackingLink: LINK,
  contentType: null,
  fileExtension: null,
  byteSize: null,
  width: null,
  height: null,
  imageUrl: null,
  bannerHtml: null,
  subject: null,
  body: null,
  format: null,
  downloadUrl: null,
  ...fields,
});

const recorded = vi.fn(() => ({ data: { recordCollateralUse: true } }));

const MOCKS = [
  {
    request: { query: MY_COLLATERAL },
    result: {
      data: {
        myCollateral: [
          item({
            id: 'b1',
            kind: 'BANNER',
            title: 'Spring banner',
            contentType: 'image/png',
            fileExtension: 'png',
            width: 300,
            height: 250,
            imageUrl: 'https://go.example.com/collateral/banners/abc.png',
            bannerHtml: BANNER_HTML,
            downloadUrl: 'https://go.example.com/collateral/b1/download?app=portal',
          }),
          item({
            id: 's1',
            kind: 'EMAIL_SWIPE',
            title: 'Launch email',
            subject: 'Alice recommends',
            body: `Look: ${LINK}`,
            downloadUrl: 'https://go.example.com/collateral/s1/download?app=portal',
          }),
        ],
      },
    },
  },
  { request: { query: RECORD_COLLATERAL_USE, variables: { id: 'b1', kind: 'COPY' } }, result: recorded },
];

describe('CollateralPage (portal)', () => {
  test('previews banners with their size, copies their HTML with the partner link and counts the copy', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CollateralPage />, MOCKS);
    const banner = await screen.findByRole('article', { name: 'Spring banner' });
    expect(within(banner).getByText('300 × 250 px')).toBeTruthy();
    expect(within(banner).getByRole('img', { name: 'Banner: Spring banner' })).toBeTruthy();
    expect(within(banner).getByText(BANNER_HTML)).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Copy HTML: Spring banner' }));
    expect(await navigator.clipboard.readText()).toBe(BANNER_HTML);
    await vi.waitFor(() => expect(recorded).toHaveBeenCalledTimes(1));
  });

  test('shows swipes merged, with a download link', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CollateralPage />, MOCKS);
    await screen.findByRole('article', { name: 'Spring banner' });
    await user.click(screen.getByRole('tab', { name: 'Email swipes (1)' }));
    const swipe = await screen.findByRole('article', { name: 'Launch email' });
    expect(within(swipe).getByText('Alice recommends')).toBeTruthy();
    expect(within(swipe).getByRole('link', { name: 'Download Launch email' }).getAttribute('href')).toBe(
      'https://go.example.com/collateral/s1/download?app=portal',
    );
  });
});
