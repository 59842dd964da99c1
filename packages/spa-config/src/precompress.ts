import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing (text); `config.js` is left alone: deployers edit it after the build. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|xml|wasm)$/i;
const KEEP_AS_IS = new Set(['config.js']);
/** Smaller files gain nothing worth a second file. */
const MIN_BYTES = 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11) next to every text asset of the
 * build, once at build time, so the API serves them as they are (`@fastify/static` with
 * `preCompressed: true`) and never compresses per request.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'partnerkit-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async closeBundle() {
      for await (const path of files(outDir)) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        if (!COMPRESSIBLE.test(name) || KEEP_AS_IS.has(name)) continue;
        if ((await stat(path)).size < MIN_BYTES) continue;
        const content = await readFile(path);
        const gzipped = gzipSync(content, { level: 9 });
        if (gzipped.length > content.length * 0.9) continue;
        await writeFile(`${path}.gz`, gzipped);
        await writeFile(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
      }
    },
  };
}
