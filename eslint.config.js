import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'editors/vscode/dist/',
      'editors/vscode/node_modules/',
      'test-artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'performance',
          'setTimeout',
          'clearTimeout',
          'setImmediate',
          'Buffer',
          'TextDecoder',
          'TextEncoder',
          'structuredClone',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: 'Return an exit code; only bin/ may exit.',
        },
      ],
    },
  },
  { files: ['bin/**', 'eval/**', 'bench/**'], rules: { 'no-restricted-syntax': 'off' } },
);
