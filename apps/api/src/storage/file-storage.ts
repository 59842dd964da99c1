import { type Readable } from 'node:stream';

/** What {@link FileStorage.put} stored: a key the system made up, never the uploader's file name. */
export interface StoredObject {
  key: string;
  byteSize: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export interface PutLimits {
  /** The most bytes accepted: past them the stream is abandoned, nothing is kept (`FILE_TOO_LARGE`, 413). */
  maxBytes: number;
}

/**
 * Where uploaded files live. One interface, so that a second store (an S3-compatible bucket) can replace the
 * local disk without touching its users; `LocalDiskStorage` is the one implementation today.
 */
export interface FileStorage {
  /**
   * Streams `stream` into a new object, counting bytes as they come: over `limits.maxBytes` it stops reading,
   * removes what it wrote and throws `FILE_TOO_LARGE`. Nothing is visible under the key before the whole
   * stream is stored.
   */
  put(stream: Readable, limits: PutLimits): Promise<StoredObject>;
  /** The object's bytes (`STORED_FILE_MISSING` when there is none). */
  get(key: string): Promise<Readable>;
  /** Removes the object; no error when it is gone already. */
  delete(key: string): Promise<void>;
  /** The object's size, or null when there is none. */
  stat(key: string): Promise<{ byteSize: number } | null>;
}
