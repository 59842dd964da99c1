// Test setup of every SPA test file (jsdom): the browser APIs Mantine reads that jsdom lacks, and an empty
// document before each test.
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* and waitFor wait up to 10 s (not 1 s) for what a test expects: a loaded machine renders slowly.
configure({ asyncUtilTimeout: 10_000 });

// Mantine reads media queries (responsive props, color scheme). The tests' browser prefers reduced motion, so
// Mantine's transitions (the theme respects it) take no time and leave no timer to fire after a test file's
// window is gone (one did, under load: "window is not defined" from a Transition's timeout).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: query.includes('prefers-reduced-motion: reduce'),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// Mantine observes element sizes (scroll areas, comboboxes).
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

// jsdom does not implement scrolling; Mantine's comboboxes and notifications call it.
Element.prototype.scrollIntoView = () => {};

// Unmount what a test rendered and forget its notifications (Mantine keeps them in a module-level store), so
// nothing of one test (a pending request, a message) shows in the next.
afterEach(() => {
  cleanup();
  notifications.clean();
  notifications.cleanQueue();
});
