import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { LocalDiskStorage } from './local-disk-storage.js';

const root = mkdtempSync(join(tmpdir(), 'partnerkit-storage-'));
const storage = new LocalDiskStorage(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = () =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

async function text(stream: Readable) {
  let all = '';
  for await (const chunk of stream) all += String(chunk);
  return all;
}

describe('LocalDiskStorage', () => {
  test('put, stat, get and delete under a key the system makes up', async () => {
    const stored = await storage.put(Readable.from([Buffer.from('hello '), Buffer.from('world')]), {
      maxBytes: 100,
    });
    expect(stored.key).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.byteSize).toBe(11);
    expect(stored.sha256).toBe('b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9');
    expect(files()).toEqual([join(root, stored.key.slice(0, 2), stored.key)]);
    expect(await storage.stat(stored.key)).toEqual({ byteSize: 11 });
    expect(await text(await storage.get(stored.key))).toBe('hello world');
    await storage.delete(stored.key);
    await storage.delete(stored.key); // gone already: no error
    expect(await storage.stat(stored.key)).toBeNull();
    await expect(storage.get(stored.key)).rejects.toMatchObject({ code: 'STORED_FILE_MISSING' });
  });

  test('over the limit: FILE_TOO_LARGE while streaming, and nothing is left on disk', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1024;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(storage.put(endless, { maxBytes: 10 * 1024 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
    expect(produced).toBeLessThan(64 * 1024);
    expect(files()).toEqual([]);
  });

  test('keys that are not its own never reach the file system', async () => {
    for (const key of ['../etc/passwd', '', 'ABCDEF', `${'a'.repeat(32)}/x`]) {
      await expect(storage.stat(key)).rejects.toThrow(/Not a storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/Not a storage key/);
    }
  });
});
