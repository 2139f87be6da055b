// One lint setup for the whole monorepo: typescript-eslint's recommended rules everywhere,
// React hooks rules for the browser packages, Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code that ends up in the widget's chat chunk parses with zod/mini: zod's classic entry would
// bring its whole API, its JSON-schema code and its locale into the bundle (issue 8's budget).
const zodClassic = {
  name: 'zod',
  message: "Use 'zod/mini' in browser-bound code: the classic entry does not tree-shake.",
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.tools/**',
      '**/test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: [
      'packages/widget/**/*.{ts,tsx}',
      'apps/demo/src/**/*.{ts,tsx}',
      'apps/admin/src/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The dialog engine is pure: no DOM, no Node, no React (architecture.md).
    files: ['packages/dialog/src/**/*.ts'],
    ignores: ['packages/dialog/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodClassic],
          patterns: [
            'react',
            'react-dom',
            'express',
            'node:*',
            '@slotchat/widget',
            '@slotchat/integrations',
          ],
        },
      ],
    },
  },
  {
    // What the chat chunk bundles: the widget, and the integrations' templates, response schemas
    // and HTTP contract (the operations' param schemas are the proxy's and stay classic).
    files: [
      'packages/widget/src/**/*.{ts,tsx}',
      'packages/integrations/src/proxy-api.ts',
      'packages/integrations/src/*/templates/**/*.ts',
      'packages/integrations/src/*/{event-schema,schemas,normalize,normalize-event}.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: [zodClassic] }] },
  },
  {
    // The proxy knows integrations, never dialogs or templates (architecture.md).
    files: ['apps/proxy/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@slotchat/dialog',
            '@slotchat/integrations/templates',
            '@slotchat/widget',
            'react',
            'react-dom',
          ],
        },
      ],
    },
  },
  {
    // The sandbox stands alone: it knows only the public APIs it emulates.
    files: ['packages/sandbox/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@slotchat/*'] }],
    },
  },
  {
    // The console talks to the proxy's admin API only (and shares its contract).
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@slotchat/proxy',
            '@slotchat/dialog',
            '@slotchat/integrations/templates',
            '@slotchat/widget',
          ],
        },
      ],
    },
  },
  prettier,
);
