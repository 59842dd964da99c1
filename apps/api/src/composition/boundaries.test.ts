import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The boundary rules (`.dependency-cruiser.cjs`, run by `pnpm test` over the real tree) must catch what they
 * promise. Each case below builds a tiny tree with the repository's layout in a temp folder, breaking one
 * rule, and runs dependency-cruiser on it with the repository's configuration.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const depcruise = join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface CruiseResult {
  summary: { violations: { rule: { name: string } }[] };
  modules: { source: string; dependencies: { resolved: string }[] }[];
}

/** Runs dependency-cruiser with the repository's configuration over `apps` and `packages` of `cwd`. */
async function cruise(cwd: string): Promise<CruiseResult> {
  const args = [depcruise, 'apps', 'packages', '--config', join(repoRoot, '.dependency-cruiser.cjs')];
  let output: string;
  try {
    output = (
      await promisify(execFile)(process.execPath, [...args, '--output-type', 'json'], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      })
    ).stdout;
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  return JSON.parse(output) as CruiseResult;
}

const MODULE_FOLDER = /^apps\/api\/src\/modules\/([^/]+)\//;

/**
 * The cycles among the API's module folders: folder A depends on folder B when a (non-test) file of A
 * imports a file of B, type-only imports included. Infrastructure cannot lead back into a module (the
 * configuration forbids it; the error catalogue reads only the leaf `*.errors.ts` files), so the direct
 * folder-to-folder imports are the whole folder graph. Returns each strongly connected group of 2+ folders.
 */
function moduleCycles(result: CruiseResult): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const module of result.modules) {
    const from = MODULE_FOLDER.exec(module.source)?.[1];
    if (!from || /\.test\.tsx?$/.test(module.source)) continue;
    for (const dependency of module.dependencies) {
      const to = MODULE_FOLDER.exec(dependency.resolved)?.[1];
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group = stack.splice(stack.indexOf(node));
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return groups;
}

/** Writes `files` (path -> source) in a fresh tree and returns the names of the rules they break. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'partnerkit-boundaries-'));
  dirs.push(dir);
  copyFileSync(join(repoRoot, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  mkdirSync(join(dir, 'apps'));
  mkdirSync(join(dir, 'packages'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const result = await cruise(dir);
  const names = result.summary.violations.map((v) => v.rule.name);
  if (moduleCycles(result).length > 0) names.push('no-circular-modules');
  return [...new Set(names)].sort();
}

test("the API's module folders form no cycle", { timeout: 120_000 }, async () => {
  expect(moduleCycles(await cruise(repoRoot))).toEqual([]);
});

const ok = 'export const ok = 1;\n';
const api = 'apps/api/src';

/** Each case breaks one rule (the first: none) in a tree of its own. */
const CASES: Array<[string, Record<string, string>]> = [
  [
    'none',
    {
      [`${api}/kernel/partner.entity.ts`]: ok,
      [`${api}/modules/orders/order.service.ts`]:
        "import { ok } from '../../kernel/partner.entity.js';\nimport { CommissionService } from '../commissions/commission.service.js';\nexport const x = [ok, CommissionService];\n",
      [`${api}/modules/commissions/commission.service.ts`]: 'export class CommissionService {}\n',
      [`${api}/composition/schema.ts`]:
        "import { x } from '../modules/orders/order.service.js';\nexport const all = x;\n",
    },
  ],
  ...([
    [
      'no-circular-modules',
      {
        [`${api}/modules/orders/order.service.ts`]:
          "import { c } from '../commissions/commission.service.js';\nexport const o = () => c;\n",
        [`${api}/modules/commissions/commission.service.ts`]:
          "import { o } from '../orders/order.queries.js';\nexport const c = () => o;\n",
        [`${api}/modules/orders/order.queries.ts`]: 'export const o = 1;\n',
      },
    ],
    [
      'module-internals',
      {
        [`${api}/modules/attribution/attribution.service.ts`]:
          "import { Click } from '../tracking/click.entity.js';\nexport const a = Click;\n",
        [`${api}/modules/tracking/click.entity.ts`]: 'export class Click {}\n',
      },
    ],
    [
      'kernel-is-below-modules',
      {
        [`${api}/kernel/partner.entity.ts`]:
          "import { s } from '../modules/partners/partner.service.js';\nexport const p = s;\n",
        [`${api}/modules/partners/partner.service.ts`]: 'export const s = 1;\n',
      },
    ],
    [
      'infrastructure-is-below-modules',
      {
        [`${api}/graphql/context.ts`]:
          "import { s } from '../modules/auth/auth.service.js';\nexport const c = s;\n",
        [`${api}/modules/auth/auth.service.ts`]: 'export const s = 1;\n',
      },
    ],
    [
      'composition-root-on-top',
      {
        [`${api}/modules/orders/order.service.ts`]:
          "import { schema } from '../../composition/schema.js';\nexport const o = schema;\n",
        [`${api}/composition/schema.ts`]: 'export const schema = 1;\n',
      },
    ],
    [
      'error-catalogue-reads-only-codes',
      {
        [`${api}/errors/error-catalogue.ts`]:
          "import { s } from '../modules/orders/order.service.js';\nexport const e = s;\n",
        [`${api}/modules/orders/order.service.ts`]: 'export const s = 1;\n',
      },
    ],
    [
      'spas-are-separate',
      {
        'apps/admin/src/App.tsx':
          "import { Portal } from '../../partner-portal/src/App.js';\nexport const A = Portal;\n",
        'apps/partner-portal/src/App.tsx': 'export const Portal = 1;\n',
      },
    ],
    [
      'ui-imports-no-app',
      {
        'packages/ui/src/index.ts':
          "import { A } from '../../../apps/admin/src/App.js';\nexport const u = A;\n",
        'apps/admin/src/App.tsx': 'export const A = 1;\n',
      },
    ],
    [
      'api-imports-no-spa',
      {
        [`${api}/main.ts`]: "import { A } from '../../admin/src/App.js';\nexport const m = A;\n",
        'apps/admin/src/App.tsx': 'export const A = 1;\n',
      },
    ],
    [
      'domain-is-pure',
      {
        'packages/domain/src/money/money.ts':
          "import { A } from '../../../../apps/admin/src/App.js';\nexport const m = A;\n",
        'apps/admin/src/App.tsx': 'export const A = 1;\n',
      },
    ],
  ] as Array<[string, Record<string, string>]>),
];

describe('the boundary rules catch what they promise', () => {
  const found = new Map<string, string[]>();
  beforeAll(async () => {
    const results = await Promise.all(CASES.map(([, files]) => violations(files)));
    CASES.forEach(([rule], index) => found.set(rule, results[index]!));
  }, 300_000);

  test('a tree that keeps the rules passes', () => {
    expect(found.get('none')).toEqual([]);
  });

  test.each(CASES.slice(1).map(([rule]) => rule))('%s', (rule) => {
    expect(found.get(rule)).toContain(rule);
  });
});
