#!/usr/bin/env node
// `pnpm test`: every check and every test, in order, stopping at the first failure.
//   format (prettier) -> lint (eslint, incl. the domain dependency rule) -> boundaries (dependency-cruiser,
//   docs/architecture.md) -> build -> typecheck
//   -> unit and integration tests of each package (API on real PostgreSQL) -> black-box and browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['install', ['pnpm', 'install', '--frozen-lockfile', '--prefer-offline']],
  ['format', ['pnpm', 'exec', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', ['pnpm', 'exec', 'eslint', '--max-warnings=0', '.']],
  [
    'boundaries',
    [
      'pnpm',
      'exec',
      'depcruise',
      'apps',
      'packages',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ],
  ],
  ['build', ['pnpm', 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only']],
  ['typecheck', ['pnpm', 'exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  [
    'unit and integration tests',
    [
      'pnpm',
      'exec',
      'turbo',
      'run',
      'test',
      '--filter=!@partnerkit/tests',
      '--concurrency=1',
      '--output-logs=full',
    ],
  ],
  ['black-box and browser tests', ['pnpm', '--filter', '@partnerkit/tests', 'run', 'test']],
];

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.log(
    'Browser tests will be skipped: no Chromium. Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).',
  );
}

const started = Date.now();
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log(`\n✓ all checks and tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
