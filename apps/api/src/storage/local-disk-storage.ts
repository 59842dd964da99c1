import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, fail } from '../errors/app-error.js';
import { type FileStorage, type PutLimits, type StoredObject } from './file-storage.js';

/** Keys are 32 random hex characters; nothing else ever reaches the file system. */
const KEY = /^[0-9a-f]{32}$/;

/**
 * Files on the local disk under `root` (default `<DATA_DIR>/files`), named by random keys in folders of
 * their first two characters (`files/3f/3fa1...`). A file is written under a temporary name and renamed
 * into place once complete, so a reader never sees half a file.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(stream: Readable, limits: PutLimits): Promise<StoredObject> {
    const key = randomBytes(16).toString('hex');
    const incoming = join(this.root, 'incoming');
    await mkdir(incoming, { recursive: true });
    const temporary = join(incoming, `${key}.part`);
    const hash = createHash('sha256');
    let byteSize = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        byteSize += chunk.length;
        if (byteSize > limits.maxBytes) {
          done(tooLarge(limits.maxBytes));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, counter, createWriteStream(temporary, { flags: 'wx' }));
      await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
      await rename(temporary, this.pathOf(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { key, byteSize, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    if (!(await this.stat(key))) fail('STORED_FILE_MISSING', 'The file is missing from storage.');
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async stat(key: string): Promise<{ byteSize: number } | null> {
    try {
      const found = await stat(this.pathOf(key));
      return found.isFile() ? { byteSize: found.size } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return join(this.root, key.slice(0, 2), key);
  }
}

export const tooLarge = (maxBytes: number) =>
  new AppError('FILE_TOO_LARGE', `The file is larger than ${formatBytes(maxBytes)}.`, 'file');

/** `5 MiB`, `300 KiB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
