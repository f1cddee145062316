// Module boundaries of the DialogCenter (decision record 0063), checked in CI by `npm run lint:deps`.
//
//   - Each module has ONE public entry, src/modules/<name>/index.ts. Other modules, app.ts, main.ts,
//     src/demo/ and src/cli/ import only that file.
//   - src/platform/ knows no module (only the drizzle-kit schema index may gather the modules' tables).
//   - No import cycles, type-only imports included.
//   - SQL only in repositories: drizzle-orm is imported by *.repository.ts and *.schema.ts only, and a
//     route plugin opens no transaction (it imports no values from platform/db/database.ts).
//
// Deliberate exceptions, each named by a rule below:
//   - A module's *.schema.ts may import another module's *.schema.ts (foreign keys need the table object).
//   - A module's *.repository.ts may import another module's *.schema.ts for READ-ONLY joins that fetch a
//     display name (tenant, department, user). Writes to another module's tables go through its entry.
//   - Tests (*.test.ts, *.test-support.ts) may import their OWN module's internals; tests in test/ and e2e/
//     and tests of other modules use public entries only.
//   - Benchmarks (bench/) may import any internals: they measure internals on purpose.
const MODULES = '^src/modules/([^/]+)/';
const TESTS = '\\.(test|int\\.test|e2e\\.test)\\.ts$|\\.test-support\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles (also type-only ones) tie modules or files together; cut them by moving the shared part down.',
      from: { path: '^(src|test|e2e|bench)/' },
      to: { circular: true },
    },
    {
      name: 'module-public-entry-only',
      severity: 'error',
      comment: 'Another module is used only through its public entry src/modules/<name>/index.ts.',
      from: { path: MODULES, pathNot: '\\.(schema|repository)\\.ts$' },
      to: {
        path: MODULES,
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'schema-references-schemas',
      severity: 'error',
      comment: "A *.schema.ts may reference another module's table for a foreign key: its *.schema.ts, nothing else.",
      from: { path: `${MODULES}.*\\.schema\\.ts$` },
      to: { path: MODULES, pathNot: ['^src/modules/$1/', '\\.schema\\.ts$'] },
    },
    {
      name: 'repository-joins-schemas-read-only',
      severity: 'error',
      comment: "A *.repository.ts may join another module's *.schema.ts read-only (display names); anything else via its entry.",
      from: { path: `${MODULES}.*\\.repository\\.ts$` },
      to: { path: MODULES, pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$', '\\.schema\\.ts$'] },
    },
    {
      name: 'app-imports-public-entries',
      severity: 'error',
      comment: 'app.ts, main.ts, demo data and CLI use modules only through their public entries.',
      from: { path: '^src/(app\\.ts|main\\.ts|config\\.ts|demo/|cli/)' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'tests-use-public-entries',
      severity: 'error',
      comment: "Cross-module tests (test/, e2e/) use public entries; a module's own tests live in that module.",
      from: { path: '^(test|e2e)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'unit-tests-stay-pure',
      severity: 'error',
      comment: 'Unit tests (src/**/*.test.ts, not *.int.test.ts) run without database or server (decision record 0062).',
      from: { path: '^src/.*\\.test\\.ts$', pathNot: '\\.(int|e2e)\\.test\\.ts$' },
      to: {
        path: [
          '^test/',
          '^e2e/',
          '^src/platform/db/(open-database|migrate)\\.ts$',
          '^src/(app|main)\\.ts$',
          '@electric-sql/pglite',
          'node_modules/pg/',
          'playwright-core',
        ],
      },
    },
    {
      name: 'platform-knows-no-module',
      severity: 'error',
      comment: 'src/platform/ has no domain knowledge: it imports no module (and not app.ts, demo or CLI).',
      from: { path: '^src/platform/', pathNot: '^src/platform/db/schema\\.ts$' },
      to: { path: '^src/(modules/|app\\.ts|main\\.ts|demo/|cli/)' },
    },
    {
      name: 'schema-index-gathers-schemas-only',
      severity: 'error',
      comment: "The drizzle-kit schema index may import the modules' *.schema.ts files and nothing else of them.",
      from: { path: '^src/platform/db/schema\\.ts$' },
      to: { path: '^src/modules/', pathNot: '\\.schema\\.ts$' },
    },
    {
      name: 'sql-only-in-repositories',
      severity: 'error',
      comment: 'Queries live in *.repository.ts (tables in *.schema.ts); services, routes, seeders call repositories.',
      from: {
        path: '^src/(modules|demo|cli)/|^src/(app|main)\\.ts$',
        pathNot: ['\\.(repository|schema)\\.ts$', TESTS],
      },
      to: { path: '^drizzle-orm|node_modules/drizzle-orm/' },
    },
    {
      name: 'routes-open-no-transaction',
      severity: 'error',
      comment: 'A route plugin calls use cases; it opens no transaction (only types from platform/db/database.ts).',
      from: { path: `${MODULES}.*\\.routes\\.ts$` },
      to: { path: '^src/platform/db/database\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a typo in a path would otherwise slip past the other rules).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  allowed: undefined,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(web|migrations|docs)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
