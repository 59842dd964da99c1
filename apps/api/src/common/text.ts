import { fail } from '../errors/app-error.js';

/** A required single-line text: trimmed, 1 to `max` characters. */
export function requiredText(raw: string, field: string, max: number): string {
  const value = raw.trim();
  if (value.length === 0) fail('REQUIRED', `${field} is required.`, field);
  if (value.length > max) fail('TOO_LONG', `${field} has at most ${max} characters.`, field);
  return value;
}

/** A NUL character, or a UTF-16 surrogate without its pair. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string can be stored and compared as given: no NUL character (PostgreSQL refuses it in text and
 * JSON) and well-formed UTF-16 (a lone surrogate would be silently replaced when encoded as UTF-8).
 */
export const isValidText = (value: string): boolean => !INVALID_TEXT.test(value);

/** How deep {@link invalidTextPath} looks; deeper input is refused as invalid (no stack overflow). */
const MAX_DEPTH = 64;

/**
 * The path (`input.items[2].sku`, `customFields["a\u0000"]`) of the first invalid string in a JSON-like value,
 * keys included, or null when every string is valid. Every request's arguments, variables, query, params
 * and body pass through here (GraphQL: `graphql/valid-text.plugin.ts`; HTTP: `errors/http-error-handler.ts`).
 */
export function invalidTextPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return isValidText(value) ? null : path;
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = invalidTextPath(item, `${path}[${index}]`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (value instanceof Date || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isValidText(key)) return `${path}[${JSON.stringify(key)}]`;
    const found = invalidTextPath(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses (`TEXT_INVALID`) a value holding an invalid string anywhere, naming the field at fault. */
export function assertValidText(value: unknown, path: string): void {
  const found = invalidTextPath(value, path);
  if (found !== null) {
    fail(
      'TEXT_INVALID',
      'Text may not contain NUL characters or invalid UTF-16 (lone surrogates).',
      found || undefined,
    );
  }
}
