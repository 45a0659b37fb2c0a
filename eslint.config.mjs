// Lint is where the architecture's boundaries are enforced (see docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'stream',
  'url',
  'util',
  'http',
  'https',
  'net',
  'zlib',
  'buffer',
  'events',
  'worker_threads',
  'process',
];
// Bare names go in `paths` (exact match): as gitignore-style patterns, "crypto" would also forbid
// relative imports through any folder of that name, such as renderer/src/domain/crypto/.
const nodeBuiltinPatterns = ['node:*', ...NODE_BUILTINS.map((m) => `${m}/*`)];
const nodeBuiltinPaths = (message) => NODE_BUILTINS.map((name) => ({ name, message }));

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'HTMLElement',
  'FileReader',
  'alert',
  'confirm',
  'fetch',
  'XMLHttpRequest',
].map((name) => ({ name, message: 'renderer/src/domain is pure: no DOM globals (pass what you need in).' }));

// The renderer runs in a sandboxed Chromium page: Node's globals do not exist there (the tests would not see it).
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'global',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'setImmediate',
  'clearImmediate',
].map((name) => ({ name, message: 'No Node globals in the renderer.' }));

const RENDERER_IMPORTS = [
  { group: ['electron', 'electron/*'], message: 'The renderer talks to Electron only through platform/.' },
  { group: nodeBuiltinPatterns, message: 'No Node built-ins in the renderer.' },
];

// Screens reach stored data only through the data layer (renderer/src/data/index.ts): no Dexie, no database
// handle, no storage values. Storage types may be named. Pipelines with heavy code run in services/.
const UI_IMPORTS = [
  ...RENDERER_IMPORTS,
  {
    group: ['dexie', 'dexie-react-hooks'],
    message: 'Screens do not use Dexie: read with the hooks of renderer/src/data, write with useStore().',
  },
  {
    group: ['**/storage', '**/storage/**'],
    allowTypeImports: true,
    message:
      'Screens reach storage only through renderer/src/data (its hooks and useStore()); types may be imported.',
  },
  {
    group: ['**/data/*'],
    message: 'Import the data layer through its entry point, renderer/src/data (index.ts).',
  },
  {
    group: ['**/platform/*'],
    message: 'Import the platform through its entry point, renderer/src/platform (index.ts).',
  },
  {
    group: ['**/services', '**/services/**'],
    allowTypeImports: true,
    message: 'Screens run services through useStore() (loaded on demand); types may be imported.',
  },
  {
    group: [
      '**/domain/report/build-report',
      '**/domain/report/docx/build-docx',
      '**/domain/report/sign-pdf',
      '**/domain/report/cms-signature',
      '**/domain/bundle/build-bundle',
      '**/domain/bundle/bundle-plan',
      '**/domain/bundle/zip-writer',
      '**/domain/import/verify-bundle',
      '**/domain/import/zip-directory',
      '**/domain/import/zip-entry',
    ],
    allowTypeImports: true,
    message: 'The export and import pipelines run in renderer/src/services, not in screens.',
  },
];

// `db.<anything>` (or `something.db.<anything>`) in a screen is a raw database access.
const NO_DATABASE_ACCESS = [
  {
    selector: "MemberExpression[object.type='Identifier'][object.name=/^(db|database)$/]",
    message: 'Screens have no database: read with the hooks of renderer/src/data, write with useStore().',
  },
  {
    selector: "MemberExpression[object.type='MemberExpression'][object.property.name=/^(db|database)$/]",
    message: 'Screens have no database: read with the hooks of renderer/src/data, write with useStore().',
  },
];

const NAMED_EXPORTS_ONLY = { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      '.cache/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.d.ts',
      '**/*.d.mts',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NAMED_EXPORTS_ONLY],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltinPaths('No Node built-ins in the renderer.'), patterns: RENDERER_IMPORTS },
      ],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      // The typescript-eslint variant, for allowTypeImports; the core rule is off here so they do not double up.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: nodeBuiltinPaths('No Node built-ins in the renderer.'), patterns: UI_IMPORTS },
      ],
      'no-restricted-syntax': ['error', NAMED_EXPORTS_ONLY, ...NO_DATABASE_ACCESS],
    },
  },
  // Wizard and review are separate lazily loaded routes: what both show lives in ui/common.
  ...[
    ['wizard', 'review'],
    ['review', 'wizard'],
  ].map(([folder, other]) => ({
    files: [`renderer/src/ui/${folder}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('No Node built-ins in the renderer.'),
          patterns: [
            ...UI_IMPORTS,
            {
              group: [`**/${other}/**`],
              message: `ui/${folder} does not import ui/${other}: move what both use into ui/common (or load it lazily).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: [
      'renderer/src/storage/**/*.ts',
      'renderer/src/platform/**/*.ts',
      'renderer/src/data/**/*.{ts,tsx}',
      'renderer/src/services/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('No Node built-ins in the renderer.'),
          patterns: [
            ...RENDERER_IMPORTS,
            {
              group: ['**/ui', '**/ui/**'],
              message: 'Screens depend on this code, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('Domain code has no Node built-ins.'),
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@trussworks/*'],
              message: 'Domain code has no React.',
            },
            { group: ['electron', 'electron/*'], message: 'Domain code has no Electron.' },
            {
              group: ['dexie', 'dexie-react-hooks'],
              message: 'Domain code has no storage; storage/ calls the domain.',
            },
            { group: nodeBuiltinPatterns, message: 'Domain code has no Node built-ins.' },
            {
              group: ['**/ui/**', '**/storage/**', '**/platform/**', '**/data/**', '**/services/**'],
              message: 'Domain code depends on nothing else in the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...NODE_GLOBALS],
    },
  },
  {
    files: ['renderer/src/domain/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'Domain code has no JSX.' }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/src/ui/**', 'react', 'react-dom'],
              message: 'Main process has no UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['playwright.config.ts', 'vitest.config.mts', 'renderer/vite.config.mts', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
