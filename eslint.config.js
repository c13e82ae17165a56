import { readdirSync, existsSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

// Features own their code and do not import each other (DESIGN.md §4–§5); composition is in src/app.
const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other: compose them in src/app.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/', '.cache/', 'coverage/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            // Layers are pure builders, the store holds UI state only: neither reaches into features or app.
            { target: './src/layers', from: ['./src/features', './src/app', './src/store', './src/map'] },
            { target: './src/api', from: ['./src/features', './src/app', './src/map', './src/layers'] },
            { target: './src/lib', from: ['./src/features', './src/app', './src/map', './src/api'] },
            { target: './mock-api', from: ['./src/features', './src/app', './src/map', './src/layers', './src/store'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
