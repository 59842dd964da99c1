import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A page loaded when it is first shown, from its own chunk: `lazyPage(() => import('./PartnersPage'),
 * 'PartnersPage')` takes the module's named export, so the page module stays as it is. Render it inside a
 * `PageSuspense`.
 */
export function lazyPage<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): Module[Name] extends ComponentType<infer Props> ? ComponentType<Props> : never {
  const page = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
  return page as never;
}

/** Shown where a page goes while its chunk loads. */
export function PageLoader() {
  return (
    <Center py="xl">
      <Loader aria-label="Loading page" />
    </Center>
  );
}

/** The place of the lazily loaded pages: the page, or a loader while its chunk loads. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}
