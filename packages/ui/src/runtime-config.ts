/**
 * Where the SPA finds the API. Each built SPA ships a `config.js` that sets `window.PARTNERKIT_CONFIG`;
 * edit it to point a separately deployed SPA at any API (`{ apiUrl: 'https://api.example.com/graphql' }`).
 * Without it the SPA talks to `/graphql` on its own origin (as in `pnpm start`).
 */
export interface RuntimeConfig {
  apiUrl: string;
  /**
   * Where the partner portal lives, for the console's links to it ("View as partner", signup pages); without
   * it, `/portal` next to the console (as in `pnpm start`).
   */
  portalUrl?: string;
}

declare global {
  interface Window {
    PARTNERKIT_CONFIG?: Partial<RuntimeConfig>;
  }
}

export function runtimeConfig(): RuntimeConfig {
  const configured = typeof window === 'undefined' ? undefined : window.PARTNERKIT_CONFIG;
  return {
    apiUrl: configured?.apiUrl || '/graphql',
    ...(configured?.portalUrl && { portalUrl: configured.portalUrl.replace(/\/+$/, '') }),
  };
}

/** The WebSocket URL for subscriptions on the same endpoint. */
export function webSocketUrl(apiUrl: string, base: string = window.location.href): string {
  const url = new URL(apiUrl, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
