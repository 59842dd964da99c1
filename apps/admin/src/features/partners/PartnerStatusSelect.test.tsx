import { PartnerkitProvider } from '@partnerkit/ui';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { PartnerStatus } from '../../gql/graphql';
import { PartnerStatusSelect } from './PartnerStatusSelect';

function optionsFor(current: PartnerStatus) {
  render(
    <PartnerkitProvider>
      <PartnerStatusSelect current={current} value={current} onChange={vi.fn()} />
    </PartnerkitProvider>,
  );
  const select = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
  return {
    select,
    labels: within(select)
      .getAllByRole('option')
      .map((option) => option.textContent),
  };
}

describe('PartnerStatusSelect', () => {
  test.each<[PartnerStatus, string[]]>([
    ['PENDING', ['Pending', 'Active', 'Rejected']],
    ['ACTIVE', ['Active', 'Suspended']],
    ['SUSPENDED', ['Suspended', 'Active']],
    ['REJECTED', ['Rejected']],
  ])('a %s partner is offered only %j', (current, expected) => {
    const { labels } = optionsFor(current);
    expect(labels).toEqual(expected);
  });

  test('never offers a move back to pending', () => {
    for (const current of ['ACTIVE', 'SUSPENDED', 'REJECTED'] as const) {
      expect(optionsFor(current).labels).not.toContain('Pending');
      cleanup();
    }
  });

  test('a rejected partner cannot change status at all', () => {
    const { select } = optionsFor('REJECTED');
    expect(select.disabled).toBe(true);
  });

  test('reports the picked status', async () => {
    const onChange = vi.fn();
    render(
      <PartnerkitProvider>
        <PartnerStatusSelect current="ACTIVE" value="ACTIVE" onChange={onChange} />
      </PartnerkitProvider>,
    );
    await userEvent
      .setup({ delay: null })
      .selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'SUSPENDED');
    expect(onChange).toHaveBeenCalledWith('SUSPENDED');
  });
});
