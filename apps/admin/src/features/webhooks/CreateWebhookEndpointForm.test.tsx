import { CombinedGraphQLErrors } from '@apollo/client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { CreateWebhookEndpointForm } from './CreateWebhookEndpointForm';

const EVENTS = ['order.recorded', 'commission.created', 'payout.paid'];

describe('CreateWebhookEndpointForm', () => {
  test('sends the URL and the chosen events, then clears the form', async () => {
    const onCreate = vi.fn().mockResolvedValue(undefined);
    renderWithApollo(<CreateWebhookEndpointForm eventTypes={EVENTS} creating={false} onCreate={onCreate} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Endpoint URL' }), ' https://shop.example/hooks ');
    await user.click(screen.getByRole('checkbox', { name: 'order.recorded' }));
    await user.click(screen.getByRole('checkbox', { name: 'payout.paid' }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    expect(onCreate).toHaveBeenCalledWith({
      url: 'https://shop.example/hooks',
      events: ['order.recorded', 'payout.paid'],
      description: null,
    });
    // The form clears once the creation has resolved.
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Endpoint URL' })).toHaveProperty('value', ''),
    );
  });

  test('shows the API error next to the field it names', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Webhook endpoints must be on the public internet.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_NOT_ALLOWED', field: 'url' },
        },
      ],
    });
    const onCreate = vi.fn().mockRejectedValue(error);
    renderWithApollo(<CreateWebhookEndpointForm eventTypes={EVENTS} creating={false} onCreate={onCreate} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Endpoint URL' }), 'http://10.0.0.1/x');
    await user.click(screen.getByRole('checkbox', { name: 'order.recorded' }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    expect(await screen.findByText('Webhook endpoints must be on the public internet.')).toBeTruthy();
  });
});
