import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

test('SIGTERM stops a running instance cleanly (exit 0) and its data survives the restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerkit-shutdown-'));
  const start = () => {
    const child = spawn(process.execPath, [join(repoRoot, 'apps/api/dist/main.js')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const running = new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', () => output.includes('Partnerkit is running') && resolve());
      child.once('exit', (code) => reject(new Error(`exited early (${code}):\n${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, running, exited, output: () => output };
  };
  try {
    const first = start();
    await first.running;
    expect(first.output()).toContain('Demo accounts (just created)');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('shutting down');

    const second = start();
    await second.running;
    expect(second.output()).toContain('Demo accounts:');
    expect(second.output()).not.toContain('just created');
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
