// What an SPA's index.html makes the browser load at once: every `<script src>` and `modulepreload` of the
// built page, each file gzip-compressed at level 9. Measured by `pnpm bench` (scenario `spa`) and held to
// the budget by tests/api/spa-initial-js.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most initial JavaScript an SPA may load, gzip, in kB (1000 bytes). */
export const SPA_INITIAL_JS_BUDGET_KB = 300;

/** Each SPA and its build output, relative to the repository root. */
export const SPA_DISTS = [
  ['admin', 'apps/admin/dist'],
  ['partner-portal', 'apps/partner-portal/dist'],
];

/** The JavaScript files `html` loads at once (scripts and modulepreloads), as referenced. */
export function initialScriptRefs(html) {
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)].map((m) => m[1]),
  ];
  return [...new Set(refs)].filter((ref) => !/^https?:/.test(ref));
}

/**
 * The initial JavaScript of the SPA built into `dist` (an absolute path), or null when it is not built:
 * `{ files: [{ ref, file (absolute path), bytes, gzip }], bytes, gzipBytes }`.
 */
export function spaInitialJs(dist) {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return null;
  const files = [];
  for (const ref of initialScriptRefs(readFileSync(index, 'utf8'))) {
    // Built under a base (/admin/, /portal/): find the file by its path below dist.
    const parts = ref.replace(/^\.?\//, '').split('/');
    let file = null;
    for (let i = 0; i < parts.length && !file; i += 1) {
      const candidate = join(dist, ...parts.slice(i));
      if (existsSync(candidate)) file = candidate;
    }
    if (!file) continue;
    const content = readFileSync(file);
    files.push({ ref, file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}
