import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApollo } from '../../test/renderWithApollo';
import { FLAGGED_COMMISSIONS } from './graphql/flaggedCommissions';
import { REVIEW_COMMISSIONS } from './graphql/reviewCommissions';
import { ReviewQueuePage } from './ReviewQueuePage';

const flagged = (id: string, code: string, level: number) => ({
  __typename: 'Commission' as const,
  id,
  level,
  kind: 'SALE',
  flagReason: 'SELF_REFERRAL',
  createdAt: '2026-11-20T10:00:00.000Z',
  availableAt: '2026-12-20T10:00:00.000Z',
  amount: { __typename: 'Money' as const, amountMinor: '1000', currency: 'USD', formatted: '$10.00' },
  partner: {
    __typename: 'Partner' as const,
    id: `p-${code}`,
    code,
    name: `Name ${code}`,
    email: `${code}@x.test`,
  },
  order: {
    __typename: 'Order' as const,
    id: `o-${id}`,
    externalId: `order-${id}`,
    customer: { __typename: 'Customer' as const, email: `${code}@x.test` },
  },
});

const queue = (nodes: ReturnType<typeof flagged>[]): MockLink.MockedResponse => ({
  request: { query: FLAGGED_COMMISSIONS, variables: { first: 100 } },
  result: {
    data: {
      flaggedCommissions: {
        __typename: 'CommissionConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        nodes,
      },
    },
  },
});

describe('ReviewQueuePage', () => {
  test('rejects the selected flagged commissions with the note', async () => {
    const reject: MockLink.MockedResponse = {
      request: {
        query: REVIEW_COMMISSIONS,
        variables: { ids: ['c1', 'c2'], decision: 'REJECT', note: 'Own order' },
      },
      result: {
        data: {
          reviewCommissions: ['c1', 'c2'].map((id) => ({
            __typename: 'Commission',
            id,
            status: 'VOIDED',
            review: 'REJECTED',
            reviewNote: 'Own order',
            reviewedAt: '2026-11-24T08:00:00.000Z',
          })),
        },
      },
    };
    renderWithApollo(
      <MemoryRouter>
        <ReviewQueuePage />
      </MemoryRouter>,
      [queue([flagged('c1', 'ann1', 1), flagged('c2', 'bob1', 1)]), reject, queue([])],
    );
    const user = userEvent.setup({ delay: null });
    await screen.findByText('Name ann1');
    expect(screen.getAllByText('Self-referral')).toHaveLength(2);
    expect(screen.getByText('Order order-c1')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Note (optional, kept with the decision)' }),
      'Own order',
    );
    await user.click(screen.getByRole('button', { name: 'Reject selected' }));
    await screen.findByText('2 commissions rejected.');
    await waitFor(() => expect(screen.queryByText('Name ann1')).toBeNull());
  });
});
