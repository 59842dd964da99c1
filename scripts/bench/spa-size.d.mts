export const SPA_INITIAL_JS_BUDGET_KB: number;
export const SPA_DISTS: [name: string, dist: string][];
export function initialScriptRefs(html: string): string[];
export interface SpaInitialJs {
  files: { ref: string; file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzipBytes: number;
}
export function spaInitialJs(dist: string): SpaInitialJs | null;
