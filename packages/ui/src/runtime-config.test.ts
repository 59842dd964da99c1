import { afterEach, describe, expect, test } from 'vitest';
import { runtimeConfig, webSocketUrl } from './runtime-config.js';

describe('runtimeConfig', () => {
  afterEach(() => {
    delete window.PARTNERKIT_CONFIG;
  });
  test('defaults to /graphql on the same origin', () => {
    expect(runtimeConfig().apiUrl).toBe('/graphql');
  });
  test('uses the deployed config.js value', () => {
    window.PARTNERKIT_CONFIG = { apiUrl: 'https://api.example.com/graphql' };
    expect(runtimeConfig().apiUrl).toBe('https://api.example.com/graphql');
  });
  test('reads the portal URL without its trailing slash', () => {
    expect(runtimeConfig().portalUrl).toBeUndefined();
    window.PARTNERKIT_CONFIG = { portalUrl: 'https://partners.example.com/' };
    expect(runtimeConfig().portalUrl).toBe('https://partners.example.com');
  });
  test('derives ws and wss URLs', () => {
    expect(webSocketUrl('/graphql', 'http://localhost:4000/admin/')).toBe('ws://localhost:4000/graphql');
    expect(webSocketUrl('https://api.example.com/graphql')).toBe('wss://api.example.com/graphql');
  });
});
