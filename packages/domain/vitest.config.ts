import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // Properties run 1,000 cases or more each: a few seconds alone, several times that on a loaded machine
    // (one took 9.6 s in CI with the other core busy, past the default 5 s). Timings are the bench's job.
    testTimeout: 60_000,
  },
});
