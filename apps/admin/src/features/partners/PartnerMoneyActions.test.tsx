import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { ADD_ADJUSTMENT } from './graphql/addAdjustment';
import { PartnerMoneyActions } from './PartnerMoneyActions';

interface AdjustmentVariables {
  input: { partnerId: string; amountMinor: string; currency: string; reason: string; idempotencyKey: string };
}

const added = (amountMinor: string, formatted: string) => ({
  data: {
    addAdjustment: {
      __typename: 'LedgerEntry' as const,
      id: `entry-${amountMinor}`,
      amount: { __typename: 'Money' as const, amountMinor, currency: 'USD', formatted },
      reason: 'Bonus',
    },
  },
});

describe('PartnerMoneyActions', () => {
  test('an adjustment retried after a lost answer keeps its idempotency key; the next one draws a new key', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: AdjustmentVariables['input'][] = [];
    const matches = (amountMinor: string) => (variables: Record<string, unknown>) => {
      const { input } = variables as unknown as AdjustmentVariables;
      if (input.amountMinor !== amountMinor) return false;
      sent.push(input);
      return true;
    };
    renderWithApollo(<PartnerMoneyActions partnerId="partner-1" currencies={['USD']} />, [
      { request: { query: ADD_ADJUSTMENT, variables: matches('500') }, error: new Error('Failed to fetch') },
      { request: { query: ADD_ADJUSTMENT, variables: matches('500') }, result: added('500', '$5.00') },
      { request: { query: ADD_ADJUSTMENT, variables: matches('-250') }, result: added('-250', '-$2.50') },
    ]);

    await user.click(screen.getByText('Adjustment'));
    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '5.00');
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Bonus');
    const submit = screen.getByRole('button', { name: 'Add adjustment' });
    await user.click(submit);
    await waitFor(() => expect(sent).toHaveLength(1));
    // The answer was lost: the form keeps its values, and sending again is the same request.
    await waitFor(() => expect(submit.hasAttribute('data-loading')).toBe(false));
    await user.click(submit);
    expect(await screen.findByText('Adjustment of $5.00 added.')).toBeTruthy();
    expect(sent[1]).toEqual(sent[0]);

    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '-2.50');
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Fee');
    await user.click(submit);
    expect(await screen.findByText('Adjustment of -$2.50 added.')).toBeTruthy();
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatchObject({
      partnerId: 'partner-1',
      amountMinor: '500',
      currency: 'USD',
      reason: 'Bonus',
    });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[2]!.idempotencyKey).not.toBe(sent[0]!.idempotencyKey);
  });
});
