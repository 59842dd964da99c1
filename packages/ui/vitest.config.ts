import { spaTestConfig } from '@partnerkit/spa-config/vite';
import { defineConfig } from 'vitest/config';

// The SPAs' test settings (jsdom, the shared setup, timeouts): these components run inside them.
export default defineConfig({ test: spaTestConfig });
