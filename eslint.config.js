// One ESLint config for the whole tree (flat config). The root `pnpm lint` runs ESLint once over the tree: one
// TypeScript service then reads the files that packages share once (measured: 70 s of CPU, against 129 s for
// every package's `lint` in turn). A package's own `pnpm lint` lints just that folder, finding this file upward.
// Type-aware rules (floating promises, unused values, unsafe `any`) need the TypeScript program, which the project
// service finds from each file's nearest tsconfig.json. Plain JS outside every tsconfig (scripts) is linted
// without type information. Formatting is Prettier's job: eslint-config-prettier turns off the rules it owns.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/build/',
      '**/dist/',
      '**/.svelte-kit/',
      '**/var/',
      'apps/web/src/lib/paraglide/',
      'apps/web/src/lib/graphql-env.d.ts',
      'packages/db/drizzle/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  svelte.configs['flat/recommended'],
  prettier,
  svelte.configs['flat/prettier'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for its position (callbacks, handlers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Hook arguments of yoga/envelop plugins (`{ result, setResult }`) are typed as methods but are bound
      // closures: the rule only ever flagged those.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser },
    },
    rules: {
      // The app uses runes, not stores: this rule's type look-ups on every identifier cost a quarter of the lint.
      'svelte/require-store-reactive-access': 'off',
      // typescript-eslint cannot see the types of an imported .svelte component, so its props' callbacks read as
      // `any` here; svelte-check (`pnpm check`, warnings fatal) type-checks these files in full.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['apps/web/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/**/*.svelte', 'apps/web/**/*.svelte.ts'],
    rules: {
      // Every internal link goes through $lib/i18n `href()`, which localizes it (/en/...); the app has no base
      // path for resolve() to add.
      'svelte/no-navigation-without-resolve': 'off',
      // It fires on short-lived builders (a URLSearchParams or Map made inside a function or $derived to compute
      // one value), which are never state; state in this app is $state.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // Tests and benches read GraphQL and JSON answers as `any` and assert on them: a wrong shape fails loudly.
    files: ['**/test/**', '**/bench/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Browser tests: callbacks given to page.evaluate() run in the page. node:test's describe() and test() return
    // promises the runner itself awaits: they are not floating.
    files: ['test/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'test', 'it'] }] },
      ],
      // A context made without lib/browser.ts's newVisitorContext lacks the page's `__name`, and every
      // page.evaluate() callback under tsx then throws in the page (see there).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='newContext']",
          message: "Open a context with newVisitorContext() from e2e/lib/browser.ts (it defines the page's __name).",
        },
      ],
    },
  },
  {
    files: ['test/e2e/lib/browser.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Scripts and browser tests in plain JS belong to no tsconfig: lint them without type information.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
