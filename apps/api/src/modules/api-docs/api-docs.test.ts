import { buildSchema, type GraphQLSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_KEY_SCOPES } from '../../graphql/actor.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const schema: GraphQLSchema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../schema.graphql', import.meta.url)), 'utf8'),
);

/** Every GraphQL operation of the page: graphql blocks, curl bodies, and fetch bodies. */
function examples(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/g)];
  const found: string[] = [];
  for (const [, language, body] of blocks) {
    if (language === 'graphql') found.push(body!);
    if (language === 'sh') {
      for (const match of body!.matchAll(/-d '(\{[\s\S]*?\})'/g)) {
        found.push((JSON.parse(match[1]!) as { query: string }).query);
      }
    }
    if (language === 'js') {
      for (const match of body!.matchAll(/query: `([\s\S]*?)`/g)) found.push(match[1]!);
    }
  }
  return found;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /docs/api', () => {
  test('serves the API page as HTML, with scopes, limits and error codes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/api' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    for (const scope of API_KEY_SCOPES) expect(response.body).toContain(`<code>${scope}</code>`);
    for (const text of [
      'Authorization: Bearer',
      'QUERY_TOO_DEEP',
      'RATE_LIMITED',
      'Retry-After',
      'endCursor',
    ]) {
      expect(response.body).toContain(text);
    }
    expect(response.body).toContain('EVENT_PAYLOAD_MISMATCH'); // the error catalogue is embedded
    for (const slot of ['{{scopes}}', '{{limits}}', '{{errors}}']) expect(response.body).not.toContain(slot);
  });

  test('every GraphQL example (graphql blocks, curl and fetch bodies) parses and is valid against the schema', async () => {
    const markdown = (await t.app.inject({ method: 'GET', url: '/docs/api.md' })).body;
    const operations = examples(markdown);
    expect(operations.length).toBeGreaterThanOrEqual(8);
    expect(operations.some((op) => op.includes('recordOrder'))).toBe(true);
    expect(operations.some((op) => op.includes('clickStats'))).toBe(true);
    for (const operation of operations) {
      const errors = validate(schema, parse(operation));
      expect({ operation, errors: errors.map((e) => e.message) }).toEqual({ operation, errors: [] });
    }
  });
});
