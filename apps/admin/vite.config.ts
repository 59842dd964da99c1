import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Served by the API under /admin/ in `pnpm start`; set PARTNERKIT_BASE to deploy under another path.
export default defineConfig({
  base: process.env.PARTNERKIT_BASE ?? '/admin/',
  plugins: [react()],
  server: {
    proxy: { '/graphql': { target: process.env.PARTNERKIT_API ?? 'http://localhost:4000', ws: true } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
