import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The pure core must not depend on the Actions runtime: only src/action and src/github may.
      'no-restricted-imports': 'off'
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**', 'src/github/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'Only src/action and src/github may import @actions/*: keep the core pure.' }] }]
    }
  }
)
