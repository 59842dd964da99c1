import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(source: string): Promise<number> {
  const [result] = await eslint.lintText(source, {
    filePath: `${repoRoot}packages/domain/src/money/probe.ts`,
  });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('packages/domain imports nothing but its own files (enforced by the lint run in `pnpm test`)', () => {
  test.each([
    "import { readFileSync } from 'node:fs';",
    "import { readFileSync } from 'fs';",
    "import { MikroORM } from '@mikro-orm/core';",
    "import { GraphQLError } from 'graphql';",
    "import { useState } from 'react';",
    "import { AppLayout } from '@partnerkit/ui';",
    "export * from '@partnerkit/api';",
  ])('refuses %s', async (line) => {
    expect(await restrictedImports(`${line}\nexport const probe = 1;\n`)).toBe(1);
  });

  test('allows relative imports', async () => {
    expect(
      await restrictedImports(
        "import { DomainError } from '../errors/domain-error.js';\nexport { DomainError };\n",
      ),
    ).toBe(0);
  });
});
