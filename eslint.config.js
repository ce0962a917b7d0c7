import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
