import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';

// The architecture of DESIGN.md §4–§5 as import boundaries: features own their code and do not import
// each other (composition is in src/app); data flows api → data → layers → features; layers are pure
// builders; the store holds UI state only and knows no layer; shared components know no feature.
const elements = [
  { type: 'app', pattern: 'src/app/**', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*/**', partialMatch: false, capture: ['feature'] },
  ...['map', 'layers', 'data', 'api', 'store', 'components', 'lib', 'i18n'].map((name) => ({
    type: name,
    pattern: `src/${name}/**`,
    partialMatch: false,
  })),
  { type: 'mock-api', pattern: 'mock-api/**', partialMatch: false },
];
const shared = ['components', 'lib', 'i18n', 'api', 'store', 'layers', 'data'];
const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const policies = [
  { from: { element: { type: 'app' } }, allow: to('app', 'feature', 'map', ...shared) },
  { from: { element: { type: 'feature' } }, allow: to('map', ...shared) },
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'feature', captured: { feature: '{{from.captured.feature}}' } } } },
  },
  { from: { element: { type: 'map' } }, allow: to('map', 'lib', 'layers', 'i18n') },
  { from: { element: { type: 'layers' } }, allow: to('layers', 'lib', 'api', 'data') },
  { from: { element: { type: 'data' } }, allow: to('data', 'lib', 'api', 'store') },
  { from: { element: { type: 'api' } }, allow: to('api', 'lib') },
  { from: { element: { type: 'store' } }, allow: to('store', 'lib', 'api') },
  { from: { element: { type: 'components' } }, allow: to('components', 'lib', 'i18n') },
  { from: { element: { type: 'lib' } }, allow: to('lib', 'api') },
  { from: { element: { type: 'i18n' } }, allow: to('i18n', 'lib') },
  { from: { element: { type: 'mock-api' } }, allow: to('mock-api', 'api', 'lib') },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', '.scratch/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
