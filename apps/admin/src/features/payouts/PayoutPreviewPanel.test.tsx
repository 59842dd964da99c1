import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { PAYOUT_PREVIEW } from './graphql/payoutPreview';
import { PayoutPreviewPanel } from './PayoutPreviewPanel';

const usd = (amountMinor: string, formatted: string) => ({
  __typename: 'Money' as const,
  amountMinor,
  currency: 'USD',
  formatted,
});

const row = (code: string, payable: [string, string], readiness: string, destination: string | null) => ({
  __typename: 'PayoutPreviewRow' as const,
  partner: {
    __typename: 'Partner' as const,
    id: `id-${code}`,
    code,
    name: `Name ${code}`,
    payoutMethod: destination ? 'PAYPAL' : null,
    payoutDestination: destination,
  },
  currency: 'USD',
  payable: usd(...payable),
  pending: usd('0', '$0.00'),
  flagged: usd('0', '$0.00'),
  minimumPayout: usd('500', '$5.00'),
  readiness,
});

const PREVIEW: MockLink.MockedResponse = {
  request: { query: PAYOUT_PREVIEW, variables: { currency: null, programId: null } },
  result: {
    data: {
      payoutPreview: [
        row('ann1', ['1000', '$10.00'], 'READY', 'ann@paypal.test'),
        row('ben1', ['2550', '$25.50'], 'READY', 'ben@paypal.test'),
        row('cat1', ['800', '$8.00'], 'NO_PAYOUT_DETAILS', null),
        row('dan1', ['200', '$2.00'], 'BELOW_MINIMUM', 'dan@paypal.test'),
      ],
    },
  },
};

const PROGRAMS: MockLink.MockedResponse = {
  request: { query: PROGRAM_OPTIONS },
  result: { data: { programs: { __typename: 'ProgramConnection', nodes: [] } } },
};

describe('PayoutPreviewPanel', () => {
  test('selects the READY partners only and totals what the batch pays', async () => {
    renderWithApollo(
      <MemoryRouter>
        <PayoutPreviewPanel />
      </MemoryRouter>,
      [PROGRAMS, PREVIEW],
    );
    const ann = await screen.findByTestId('preview-ann1');
    expect(within(ann).getByText('Ready')).toBeTruthy();
    expect(within(ann).getByRole('checkbox')).toHaveProperty('checked', true);
    const cat = screen.getByTestId('preview-cat1');
    expect(within(cat).getByText('No payout details')).toBeTruthy();
    expect(within(cat).getByRole('checkbox')).toHaveProperty('disabled', true);
    const dan = screen.getByTestId('preview-dan1');
    expect(within(dan).getByText('Below minimum')).toBeTruthy();
    expect(within(dan).getByRole('checkbox')).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Pay 2 partners ($35.50)' })).toBeTruthy();
  });
});
