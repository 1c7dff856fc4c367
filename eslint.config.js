import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-*/', 'bench/results/', 'dbg*.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-undef': 'off',
    },
  },
  {
    // Content is data only: no DOM, no engine internals beyond types.
    files: ['slides/**/*.ts'],
    ignores: ['slides/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['reveal.js*', 'mermaid*', 'katex*', 'node:*'],
              message: 'slides/ holds data only; the engine in src/ does the rendering.',
            },
          ],
        },
      ],
    },
  },
)
