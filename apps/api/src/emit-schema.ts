/** Writes the GraphQL schema to apps/api/schema.graphql (committed; the SPAs generate types from it). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaText } from './composition/print-schema.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, await printSchemaText());
console.log(`Wrote ${target}`);
