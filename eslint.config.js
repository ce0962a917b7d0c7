import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDrizzle = {
  group: ['drizzle-orm', 'drizzle-orm/*'],
  message:
    "Queries belong in the module's <module>.repository.ts (or src/server/db); see docs/ARCHITECTURE.md.",
};
const noHasPermission = {
  group: ['**/domain/permissions'],
  importNames: ['hasPermission'],
  message: "Ask a named check in the module's <module>.policy.ts instead of hasPermission.",
};
/** Cross-cutting parts that are storage layers of their own; docs/ARCHITECTURE.md gives the reason for each. */
const queryExceptions = [
  'src/server/audit/**/*.ts',
  'src/server/crypto/data-protection.ts',
  'src/server/versioning.ts',
  'src/server/references.ts',
  'src/server/bootstrap.ts',
  'src/server/demo/load-demo.ts',
  'src/cli/admin-commands.ts',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.tmp/', 'test-results/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        crypto: 'readonly',
        Buffer: 'readonly',
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Every module alike (docs/ARCHITECTURE.md): queries live in repositories and the db layer, and a
    // permission is asked only through a named check in a policy file.
    files: ['src/**/*.ts'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDrizzle, noHasPermission] }],
    },
  },
  {
    files: ['src/**/*.policy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDrizzle] }] },
  },
  {
    files: ['src/server/**/*.repository.ts', 'src/server/db/**/*.ts', 'src/**/*.test.ts', ...queryExceptions],
    rules: { 'no-restricted-imports': ['error', { patterns: [noHasPermission] }] },
  },
  {
    // Types once (docs/ARCHITECTURE.md, "Types and vocabularies"): the web's API modules re-export the server's
    // zod-inferred types; an object shape written out here would be a hand copy that drifts. The few shapes
    // the server does not describe with zod carry a disable comment naming why.
    files: ['web/src/api/*.ts'],
    ignores: ['web/src/api/client.ts', 'web/src/api/use-request.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSInterfaceDeclaration',
          message:
            'Import the server type (import type … from src/server/modules/*/…schemas) instead of copying its shape.',
        },
        {
          selector: 'TSTypeAliasDeclaration > TSTypeLiteral',
          message: 'Import the server type instead of copying its shape.',
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no Node, no DOM.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'crypto',
                'http',
                '*/server/*',
                '*/web/*',
                'react',
                'drizzle-orm*',
                'pg',
              ],
              message: 'src/domain/ holds pure rules: no I/O, Node or DOM imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch'],
    },
  },
  {
    // The web shows an action only from the server's abilities (domain/abilities): never from roles.
    files: ['web/src/features/**/*.{ts,tsx}', 'web/src/routes/**/*.{ts,tsx}', 'web/src/app.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(includes|some|every|indexOf|find)$/][callee.object.property.name='roles']",
          message: 'Decide from abilities (me.abilities, item.abilities) sent by the server, not from roles.',
        },
        {
          selector: 'CallExpression[callee.name=/^(hasRole|hasPermission)$/]',
          message: 'Decide from abilities (me.abilities, item.abilities) sent by the server, not from roles.',
        },
      ],
    },
  },
);
