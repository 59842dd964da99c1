import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AppLayout } from './AppLayout.js';
import { PartnerkitProvider } from './theme.js';

function renderLayout(userRole?: string) {
  const onNavigate = vi.fn();
  const onSignOut = vi.fn();
  render(
    <PartnerkitProvider>
      <AppLayout
        title="Partner Portal"
        navItems={[
          { label: 'Overview', href: '/portal/overview', active: true },
          { label: 'Earnings', href: '/portal/earnings', active: false },
        ]}
        onNavigate={onNavigate}
        userLabel="Alice Agency"
        userRole={userRole}
        onSignOut={onSignOut}
      >
        <h2>Welcome</h2>
      </AppLayout>
    </PartnerkitProvider>,
  );
  return { onNavigate, onSignOut };
}

describe('AppLayout', () => {
  test('the first Tab offers to skip to the content, which then has the focus', async () => {
    renderLayout();
    const user = userEvent.setup({ delay: null });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(document.activeElement).toBe(skip);
    await user.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  test('a navigation link navigates in the app and moves the focus to the new page', async () => {
    const { onNavigate } = renderLayout();
    const earnings = screen.getByRole('link', { name: 'Earnings' });
    expect(earnings.getAttribute('href')).toBe('/portal/earnings');
    expect(screen.getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    await userEvent.setup({ delay: null }).click(earnings);
    expect(onNavigate).toHaveBeenCalledWith('/portal/earnings');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  test('the menu button says whether it opens or closes the navigation', async () => {
    renderLayout();
    const user = userEvent.setup({ delay: null });
    const menu = screen.getByRole('button', { name: 'Open navigation' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    await user.click(menu);
    expect(screen.getByRole('button', { name: 'Close navigation' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  test('shows who is signed in, with one Sign out button', async () => {
    const { onSignOut } = renderLayout();
    expect(screen.getByTestId('signed-in-as').textContent).toBe('Alice Agency');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  test('a long label is cut short, whole on hover; the role stays apart, never cut', () => {
    renderLayout('viewer (read-only)');
    const label = screen.getByTestId('signed-in-as');
    expect(label.getAttribute('title')).toBe('Alice Agency');
    expect(label.textContent).not.toContain('viewer');
    expect(screen.getByTestId('user-role').textContent).toBe('viewer (read-only)');
    expect(screen.getByText('Signed in as Alice Agency · viewer (read-only)')).toBeTruthy();
  });
});
