import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { printSchemaText } from './print-schema.js';

test('the committed schema.graphql matches the code (run `pnpm --filter @partnerkit/api schema:emit`)', async () => {
  const committed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');
  expect(await printSchemaText()).toBe(committed);
});
