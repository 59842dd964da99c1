import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SPA_DISTS, SPA_INITIAL_JS_BUDGET_KB, spaInitialJs } from '../../scripts/bench/spa-size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The size of the build output (run after `pnpm build`), counted as `pnpm bench` counts it.
describe.each(SPA_DISTS)("the %s page's initial JavaScript", (name, dist) => {
  const measured = () => {
    const initial = spaInitialJs(join(root, dist));
    if (!initial) throw new Error(`${dist}/index.html is missing: run \`pnpm build\` first.`);
    return initial;
  };

  test(`stays within ${SPA_INITIAL_JS_BUDGET_KB} kB gzip`, () => {
    const { files, gzipBytes } = measured();
    expect(files.length).toBeGreaterThan(0);
    const listing = files.map((f) => `${f.ref}: ${(f.gzip / 1000).toFixed(1)} kB`).join(', ');
    expect(gzipBytes / 1000, `${name}: ${listing}`).toBeLessThanOrEqual(SPA_INITIAL_JS_BUDGET_KB);
  });

  test('leaves the charts (recharts) to the page that shows them', () => {
    for (const { ref, file } of measured().files) {
      expect(readFileSync(file, 'utf8'), ref).not.toContain('recharts-wrapper');
    }
  });
});
