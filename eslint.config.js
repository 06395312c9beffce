// Lint for every package: typescript-eslint, plus the Lit and web-component rules for elements.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/storybook-static/**', 'bench/dist*/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'Do not commit focused tests.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: pages run under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: pages run under a strict CSP.' },
      ],
    },
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    rules: { 'lit/no-template-arrow': 'off', 'wc/guard-super-call': 'off' },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) read as unused expressions.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
