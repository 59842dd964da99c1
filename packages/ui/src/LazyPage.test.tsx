import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { lazyPage, PageSuspense } from './LazyPage.js';
import { PartnerkitProvider } from './theme.js';

describe('lazyPage', () => {
  test("shows a loader until the page's module has loaded, then the page (its named export)", async () => {
    type GreetingModule = { GreetingPage: (props: { name: string }) => ReactNode };
    let loaded: (module: GreetingModule) => void = () => {};
    const module = new Promise<GreetingModule>((resolve) => {
      loaded = resolve;
    });
    const GreetingPage = lazyPage(() => module, 'GreetingPage');
    render(
      <PartnerkitProvider>
        <PageSuspense>
          <GreetingPage name="Ann" />
        </PageSuspense>
      </PartnerkitProvider>,
    );
    expect(screen.getByLabelText('Loading page')).toBeTruthy();

    loaded({ GreetingPage: ({ name }) => <h1>Hello {name}</h1> });
    expect(await screen.findByRole('heading', { name: 'Hello Ann' })).toBeTruthy();
    expect(screen.queryByLabelText('Loading page')).toBeNull();
  });
});
