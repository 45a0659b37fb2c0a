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

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
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
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
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
        {
          paths: nodeBuiltinPaths('No Node built-ins in the renderer.'),
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer talks to Electron only through platform/.',
            },
            { group: nodeBuiltinPatterns, message: 'No Node built-ins in the renderer.' },
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
              group: ['**/ui/**', '**/storage/**', '**/platform/**'],
              message: 'Domain code depends on nothing else in the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
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
