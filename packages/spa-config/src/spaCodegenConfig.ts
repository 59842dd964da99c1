import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = fileURLToPath(new URL('../../../apps/api/schema.graphql', import.meta.url));
/** Fragments of packages/ui's components (`/* GraphQL *\/` strings), spread by the apps' operations. */
const uiFragments = fileURLToPath(new URL('../../ui/src/graphql/*.ts', import.meta.url));

/**
 * graphql-codegen's client preset for an SPA (run in the app's folder): typed operations in src/gql from the
 * API's committed schema and the app's own `graphql(...)` operations, plus the shared fragments of
 * packages/ui.
 */
export function spaCodegenConfig(): CodegenConfig {
  return {
    schema,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**', uiFragments],
    ignoreNoDocuments: true,
    generates: {
      './src/gql/': {
        preset: 'client',
        // Plain (unmasked) fragment types: components receive the fields they render directly.
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        },
      },
    },
  };
}
