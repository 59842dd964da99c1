import { spaViteConfig } from '@partnerkit/spa-config/vite';

// Served by the API under /portal/ in `pnpm start`; set PARTNERKIT_BASE to deploy under another path.
export default spaViteConfig({ base: '/portal/' });
