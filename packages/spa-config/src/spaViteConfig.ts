import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';
import { graphqlDocuments } from './graphqlDocuments.js';
import { precompress } from './precompress.js';
import { spaHtml } from './spaHtml.js';

export interface SpaViteOptions {
  /** Where the API serves the built SPA in `pnpm start`, e.g. '/admin/'. PARTNERKIT_BASE overrides it. */
  base: string;
}

/**
 * The test settings of every SPA package (and of packages/ui). Test files run in jsdom after
 * jsdomSetup.ts. The timeouts are for a busy two-core machine, where a test that fills a large form took
 * 16 s (2 s when the machine is idle); a test that waits for something that never comes still fails, at
 * findBy*'s and waitFor's own limit (10 s, jsdomSetup.ts), long before the test's.
 */
export const spaTestConfig = {
  environment: 'jsdom',
  include: ['src/**/*.test.{ts,tsx}'],
  setupFiles: [fileURLToPath(new URL('./jsdomSetup.js', import.meta.url))],
  testTimeout: 60_000,
  hookTimeout: 60_000,
} satisfies InlineConfig;

/**
 * The Vite (and Vitest) configuration of an SPA: React, GraphQL documents imported one by one (so a lazy page
 * brings its own operations), the shared page template, gzip and brotli copies of the built assets, the dev
 * proxy to the API.
 */
export function spaViteConfig({ base }: SpaViteOptions) {
  return defineConfig({
    base: process.env.PARTNERKIT_BASE ?? base,
    plugins: [graphqlDocuments(), react(), spaHtml(), precompress()],
    server: {
      proxy: { '/graphql': { target: process.env.PARTNERKIT_API ?? 'http://localhost:4000', ws: true } },
    },
    test: spaTestConfig,
  });
}
