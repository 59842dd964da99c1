// The dependency rules of the monorepo, checked by `pnpm test` (step "boundaries"). Each rule says why;
// docs/architecture.md explains the layout they protect. One more rule needs the graph of module folders
// rather than of files: "the API's module folders form no cycle", checked from this same dependency-cruiser
// graph by apps/api/src/composition/boundaries.test.ts.
const API = '^apps/api/src/';
const MODULE = `${API}modules/([^/]+)/`;
/** What a module shows other modules: services and queries it offers, and the GraphQL types and errors of its API. */
const PUBLIC_SURFACE = '\\.(service|queries|type|input|args|errors)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A file may not depend on itself through others: split the shared part out, or invert the dependency.',
      from: { path: '^(apps|packages)/' },
      // An entity and its mapper may name each other's types: type-only imports vanish at run time.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'module-internals',
      severity: 'error',
      comment:
        "A module reaches another module only through its public surface (its services, queries, GraphQL types, inputs, args and errors). Entities several modules share live in the kernel (apps/api/src/kernel); another module's other files are its own business. Type-only imports are allowed (a service's signature may name another module's record).",
      from: { path: MODULE, pathNot: '\\.test\\.ts$' },
      to: {
        path: `${API}modules/`,
        pathNot: [`${API}modules/$1/`, PUBLIC_SURFACE],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'kernel-is-below-modules',
      severity: 'error',
      comment:
        'The kernel (shared entities and their mapping to the domain) is imported by modules; it imports no module, nor the composition root.',
      from: { path: `${API}kernel/`, pathNot: '\\.test\\.ts$' },
      to: { path: `${API}(modules|composition)/` },
    },
    {
      name: 'infrastructure-is-below-modules',
      severity: 'error',
      comment:
        'common, config, database, events, storage (uploaded files) and the GraphQL helpers (graphql/) serve every module; they import no module, no kernel entity and not the composition root, so every arrow between them and the modules points one way.',
      from: { path: `${API}(common|config|database|events|graphql|storage)/`, pathNot: '\\.test\\.ts$' },
      to: { path: `${API}(modules|kernel|composition)/` },
    },
    {
      name: 'error-catalogue-reads-only-codes',
      severity: 'error',
      comment:
        "The error catalogue (errors/) maps every module's codes; it reads the modules' `*.errors.ts` and nothing else of them, so the modules can all raise errors through it without a cycle.",
      from: { path: `${API}errors/`, pathNot: '\\.test\\.ts$' },
      to: { path: `${API}(modules|kernel|composition)/`, pathNot: '\\.errors\\.ts$' },
    },
    {
      name: 'error-codes-are-leaves',
      severity: 'error',
      comment: 'A `*.errors.ts` file only declares codes: it imports nothing of ours.',
      from: { path: '\\.errors\\.ts$' },
      to: { path: '^(apps|packages)/' },
    },
    {
      name: 'composition-root-on-top',
      severity: 'error',
      comment:
        'The composition root (apps/api/src/composition: the app, the schema wiring, the entity list, the ORM config) builds everything from the modules; nothing but the entry points and tests imports it.',
      from: {
        path: API,
        pathNot: [`${API}(composition/|main\\.ts$|emit-schema\\.ts$|cli/|test-support/)`, '\\.test\\.ts$'],
      },
      to: { path: `${API}composition/` },
    },
    {
      name: 'api-imports-no-spa',
      severity: 'error',
      comment: 'The API is deployed alone: it never imports the SPAs or their UI kit.',
      from: { path: '^apps/api/' },
      to: { path: '^(apps/(admin|partner-portal)|packages/ui)/' },
    },
    {
      name: 'spas-are-separate',
      severity: 'error',
      comment:
        'The admin console and the partner portal are two separately deployable SPAs: what both need lives in packages/ui (or packages/spa-config), never in the other app.',
      from: { path: '^apps/(admin|partner-portal)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'ui-imports-no-app',
      severity: 'error',
      comment: 'packages/ui is shared by both SPAs; it imports neither of them (nor the API).',
      from: { path: '^packages/(ui|spa-config)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'packages/domain holds the rules as pure functions: it imports nothing but its own files (no framework, no Node I/O, no other package). ESLint checks the same on every import statement.',
      from: { path: '^packages/domain/src/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^packages/domain/src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|src/gql)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
