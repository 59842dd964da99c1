import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `graphql(`…`)` of graphql-codegen's client preset, with the operation or fragment it defines. */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION =
  /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
/** One document of gql/graphql.ts: `export const XDocument = {…} as unknown as DocumentNode<…>;`, one line. */
const DOCUMENT_LINE =
  /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const VIRTUAL_PREFIX = 'virtual:partnerkit-document/';

/** The name under which the client preset exports a document from gql/graphql.ts. */
export function documentExportName(source: string): string | null {
  const definition = FIRST_DEFINITION.exec(source);
  if (!definition) return null;
  const [, kind, name] = definition as unknown as [string, string, string];
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  return kind === 'fragment' ? `${pascal}FragmentDoc` : `${pascal}Document`;
}

/**
 * Rewrites every `graphql(`…`)` call to an import of that one document (a module of its own, see
 * `graphqlDocuments`), as the client preset's Babel optimizer does. The returned code keeps its line count,
 * so positions below a call stay where they were.
 */
export function inlineGraphqlDocuments(code: string): string | null {
  const names = new Set<string>();
  const rewritten = code.replace(GRAPHQL_CALL, (call: string, source: string) => {
    const name = documentExportName(source);
    if (!name) return call;
    names.add(name);
    return `__document_${name}${'\n'.repeat(call.split('\n').length - 1)}`;
  });
  if (names.size === 0) return null;
  const imports = [...names].map((name) => `import __document_${name} from '${VIRTUAL_PREFIX}${name}';`);
  return `${imports.join(' ')}${rewritten}`;
}

/** The documents of gql/graphql.ts by export name, each as the JSON of its DocumentNode. */
export function documentsOf(generated: string): Map<string, string> {
  return new Map([...generated.matchAll(DOCUMENT_LINE)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Vite plugin: each `graphql(`…`)` call in the app's source becomes an import of a module holding only that
 * document, taken from the generated gql/graphql.ts. Without it every page would import gql.ts, whose map
 * holds every operation of the app (and one module cannot be split between chunks), so all of them would
 * load with the first page.
 */
export function graphqlDocuments(): Plugin {
  let gqlDir = '';
  let documentsFile = '';
  let documents: Map<string, string> | null = null;
  const documentJson = (name: string): string | undefined => {
    documents ??= documentsOf(readFileSync(documentsFile, 'utf8'));
    // Read again when a name is missing: codegen may have run since (`vite dev`).
    if (!documents.has(name)) documents = documentsOf(readFileSync(documentsFile, 'utf8'));
    return documents.get(name);
  };
  return {
    name: 'partnerkit-graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      gqlDir = join(config.root, 'src', 'gql');
      documentsFile = join(gqlDir, 'graphql.ts');
    },
    watchChange(id) {
      if (id === documentsFile) documents = null;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL_PREFIX}`)) return null;
      const name = id.slice(VIRTUAL_PREFIX.length + 1);
      this.addWatchFile(documentsFile);
      const json = documentJson(name);
      if (json === undefined) {
        throw new Error(`graphql(): ${documentsFile} has no ${name}; run the app's codegen.`);
      }
      return `export default ${json};`;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.tsx?$/.test(file) || file.startsWith(`${gqlDir}/`) || !code.includes('graphql(`')) return null;
      const rewritten = inlineGraphqlDocuments(code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
