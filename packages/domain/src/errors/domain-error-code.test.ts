import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DOMAIN_ERROR_CODES } from './domain-error-code.js';

/** Every `*.errors.ts` of the domain, found on disk: a new area cannot be forgotten in DOMAIN_ERROR_CODES. */
const src = fileURLToPath(new URL('../', import.meta.url));
const errorFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.errors.ts'),
);
const declared: string[] = [];
for (const file of errorFiles) {
  const module = (await import(
    /* @vite-ignore */ `../${file.replaceAll('\\', '/').replace(/\.ts$/, '.js')}`
  )) as Record<string, unknown>;
  for (const value of Object.values(module)) {
    if (value && typeof value === 'object') declared.push(...(Object.values(value) as string[]));
  }
}

describe('domain error codes', () => {
  test('the code files are found', () => {
    expect(errorFiles.length).toBeGreaterThanOrEqual(10);
  });

  test('DOMAIN_ERROR_CODES lists every code of every *.errors.ts', () => {
    expect([...DOMAIN_ERROR_CODES].sort()).toEqual([...new Set(declared)].sort());
  });

  test('no code is declared twice (one condition, one code)', () => {
    const seen = new Map<string, number>();
    for (const code of declared) seen.set(code, (seen.get(code) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
  });

  test.each(declared)('%s is SCREAMING_SNAKE', (code) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });
});
