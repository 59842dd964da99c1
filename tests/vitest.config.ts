import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits for what the app does in the background (a lead posted by the snippet, a live
    // event): up to 15 s, not vitest's 1 s, which a busy machine overran.
    expect: { poll: { timeout: 15_000 } },
  },
});
