import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DOMAIN_ERROR_CODES } from '@partnerkit/domain';
import {
  API_ERROR_CODES,
  CATEGORY_STATUS,
  DECLARED_ERROR_CODES,
  ERROR_CATALOGUE,
  ERROR_CODES,
  isErrorCode,
} from './error-catalogue.js';
import { renderErrorDocs } from './error-docs.js';

const src = fileURLToPath(new URL('../', import.meta.url));
const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every code of every `*.errors.ts` of the API, found on disk (a new module's file cannot be forgotten). */
async function apiCodesOnDisk(): Promise<string[]> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.errors.ts'),
  );
  const codes: string[] = [];
  for (const file of files) {
    const module = (await import(
      /* @vite-ignore */ `../${file.replaceAll('\\', '/').replace(/\.ts$/, '.js')}`
    )) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object') codes.push(...(Object.values(value) as string[]));
    }
  }
  return codes;
}

describe('the error catalogue', () => {
  test('maps every code the domain throws (each XErrorCode object) and nothing else of the domain', () => {
    const missing = DOMAIN_ERROR_CODES.filter((code) => !isErrorCode(code));
    expect(missing).toEqual([]);
  });

  test('maps every code of every API *.errors.ts, and every catalogue code is declared by one of them', async () => {
    const onDisk = await apiCodesOnDisk();
    expect(onDisk.length).toBeGreaterThan(50);
    expect([...new Set(onDisk)].sort()).toEqual([...API_ERROR_CODES].sort());
    expect(onDisk.filter((code) => !isErrorCode(code))).toEqual([]);
    expect([...DECLARED_ERROR_CODES].sort()).toEqual([...ERROR_CODES].sort());
  });

  test('no code is declared twice, by the domain and the API or by two modules (one condition, one code)', async () => {
    const all = [...(await apiCodesOnDisk()), ...DOMAIN_ERROR_CODES];
    expect(all.filter((code, index) => all.indexOf(code) !== index)).toEqual([]);
  });

  test.each(ERROR_CODES)('%s has a category, the HTTP status of its category and a description', (code) => {
    const entry = ERROR_CATALOGUE[code];
    expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect(Object.keys(CATEGORY_STATUS)).toContain(entry.category);
    if (entry.status !== CATEGORY_STATUS[entry.category]) {
      // Only input errors name a more precise 4xx (413 body too large, 415 content type).
      expect(entry.category).toBe('BAD_USER_INPUT');
      expect([413, 415]).toContain(entry.status);
    }
    expect(entry.when.length).toBeGreaterThan(10);
  });

  test('every *_NOT_FOUND code is NOT_FOUND and every *_TAKEN code is CONFLICT, wherever it is raised', () => {
    for (const code of ERROR_CODES) {
      if (code.endsWith('_NOT_FOUND'))
        expect([code, ERROR_CATALOGUE[code].category]).toEqual([code, 'NOT_FOUND']);
      if (code.endsWith('_TAKEN')) expect([code, ERROR_CATALOGUE[code].category]).toEqual([code, 'CONFLICT']);
    }
  });
});

describe('the documentation of errors', () => {
  test('docs/errors.md is generated from the catalogue (run `pnpm --filter @partnerkit/api errors:docs`)', () => {
    expect(readFileSync(`${repo}docs/errors.md`, 'utf8')).toBe(renderErrorDocs());
  });

  const readme = readFileSync(`${repo}README.md`, 'utf8');

  test('the README links docs/errors.md', () => {
    expect(readme).toContain('(docs/errors.md)');
  });

  test("every code the README's Errors section names is in the catalogue, every category a category", () => {
    const section = readme.slice(
      readme.indexOf('### Errors'),
      readme.indexOf('\n## ', readme.indexOf('### Errors')),
    );
    expect(section.length).toBeGreaterThan(100);
    const named = [...section.matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(5);
    const categories = Object.keys(CATEGORY_STATUS);
    expect(named.filter((name) => !isErrorCode(name) && !categories.includes(name))).toEqual([]);
  });

  test('every error-looking code anywhere in the README is in the catalogue', () => {
    const suffixes =
      /_(INVALID|NOT_FOUND|TAKEN|MISMATCH|UNAVAILABLE|REQUIRED|WEAK|UNKNOWN|NOT_ALLOWED|LOCKED|MISSING|TOO_LARGE|TOO_LONG|LIMITED|CYCLE)$/;
    const named = [...readme.matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((match) => match[1]!);
    const categories = Object.keys(CATEGORY_STATUS);
    expect(
      named.filter((name) => suffixes.test(name) && !categories.includes(name) && !isErrorCode(name)),
    ).toEqual([]);
  });
});
