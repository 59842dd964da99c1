/** Writes docs/errors.md from the error catalogue (committed; a test fails when it is stale). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderErrorDocs } from './errors/error-docs.js';

const target = fileURLToPath(new URL('../../../docs/errors.md', import.meta.url));
mkdirSync(fileURLToPath(new URL('../../../docs/', import.meta.url)), { recursive: true });
writeFileSync(target, renderErrorDocs());
console.log(`Wrote ${target}`);
