// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node built-ins that touch the outside world: only db, server and cli may use them. */
const ioModules = [
  'node:fs',
  'node:fs/promises',
  'node:net',
  'node:http',
  'node:https',
  'node:child_process',
  'node:os',
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'child_process',
  'os',
  'pg',
  '@electric-sql/pglite',
];

/**
 * Package boundaries (DESIGN.md "Layout"): pure libraries at the bottom, I/O at the edges.
 * Each entry lists what a package may NOT import.
 */
const boundaries = {
  x12: { packages: ['@medbill/*'], io: true },
  // codes uses core's dates and money; core's rules reach code facts through interfaces it
  // declares, so core never imports codes.
  codes: {
    packages: ['@medbill/db', '@medbill/server', '@medbill/cli', '@medbill/web', '@medbill/x12'],
    io: false,
  },
  core: {
    packages: [
      '@medbill/codes',
      '@medbill/db',
      '@medbill/server',
      '@medbill/cli',
      '@medbill/web',
      '@medbill/x12',
    ],
    io: true,
  },
  db: { packages: ['@medbill/server', '@medbill/cli', '@medbill/web'], io: false },
  server: { packages: ['@medbill/cli', '@medbill/web'], io: false },
  // The browser app talks to the API with fetch, and to nothing else.
  web: { packages: ['@medbill/db', '@medbill/server', '@medbill/cli'], io: true, fetch: true },
  cli: { packages: ['@medbill/web'], io: false },
};

const boundaryConfigs = Object.entries(boundaries).map(([name, rule]) => ({
  files: [`packages/${name}/src/**/*.ts`, `packages/${name}/src/**/*.tsx`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: rule.packages,
            message: `packages/${name} may not depend on this package (see DESIGN.md, Layout).`,
          },
        ],
        paths: rule.io
          ? ioModules.map((mod) => ({
              name: mod,
              message: `packages/${name} is pure: no disk, network or database access.`,
            }))
          : [],
      },
    ],
    ...(rule.io
      ? {
          'no-restricted-globals': [
            'error',
            {
              name: 'process',
              message: `packages/${name} is pure: pass configuration and clocks in.`,
            },
            ...('fetch' in rule
              ? []
              : [{ name: 'fetch', message: `packages/${name} is pure: no network access.` }]),
          ],
        }
      : {}),
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.medbill/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'packages/cli/bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a literal union instead of an enum (STYLE.md §6).',
        },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md §6).' },
      ],
    },
  },
  { files: ['eslint.config.js', '**/*.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
  ...boundaryConfigs,
);
