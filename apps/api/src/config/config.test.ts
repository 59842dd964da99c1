import { describe, expect, test } from 'vitest';
import { loadConfig, wantsDemoData } from './config.js';

describe('loadConfig', () => {
  test('defaults: port 4000, embedded database with demo data', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(wantsDemoData(config)).toBe(true);
  });

  test('with DATABASE_URL there is no demo data unless asked for', () => {
    expect(wantsDemoData(loadConfig({ DATABASE_URL: 'postgresql://db/x' }))).toBe(false);
    expect(wantsDemoData(loadConfig({ DATABASE_URL: 'postgresql://db/x', DEMO_DATA: 'true' }))).toBe(true);
  });

  test('named prepared statements unless DATABASE_PREPARED_STATEMENTS is false', () => {
    expect(loadConfig({}).DATABASE_PREPARED_STATEMENTS).toBeUndefined();
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'off' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  test('lists every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'x' })).toThrow(
      /PORT[\s\S]*ADMIN_EMAIL[\s\S]*ADMIN_PASSWORD/,
    );
  });

  test('ADMIN_EMAIL and ADMIN_PASSWORD come together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'owner@example.test' })).toThrow(/set together/);
  });
});

test('an empty variable counts as unset', () => {
  const config = loadConfig({ DATABASE_URL: '', PORT: '' });
  expect(config.DATABASE_URL).toBeUndefined();
  expect(config.PORT).toBe(4000);
});

test('TRUST_PROXY is off by default and accepts true or addresses', () => {
  expect(loadConfig({}).TRUST_PROXY).toBe(false);
  expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
  expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['10.0.0.1', '10.0.0.0/8']);
});

test('.env fills unset variables only, and demo mode listens on loopback unless HOST says otherwise', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { listenHost, loadDotEnv } = await import('./config.js');
  const file = join(mkdtempSync(join(tmpdir(), 'pk-env-')), '.env');
  writeFileSync(file, 'PORT=5555\nLOG_LEVEL=debug\n# a comment\n');
  const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
  loadDotEnv(file, env);
  expect(env).toEqual({ PORT: '5555', LOG_LEVEL: 'warn' });
  loadDotEnv(join(tmpdir(), 'no-such-folder', '.env'), env);

  expect(listenHost(loadConfig({}))).toBe('127.0.0.1');
  expect(listenHost(loadConfig({ DATABASE_URL: 'postgresql://db/x' }))).toBe('0.0.0.0');
  expect(listenHost(loadConfig({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
});
