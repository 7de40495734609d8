// ESLint flat config. Besides the usual recommended rules, it enforces the layer boundaries of
// DESIGN.md with `no-restricted-imports`:
//
//   model/        imports nothing from the app, and no React, Zustand, IndexedDB or dnd-kit;
//   store/        model only (+ zustand, react); the only folder that imports zustand;
//   persistence/  model only (+ idb-keyval); the only folder that imports idb-keyval;
//   interop/      model only;
//   components/   no store, persistence, features or app (app-agnostic UI);
//   features/<x>/ never another feature, never persistence (components call store actions).
//
// ESLint cannot resolve a relative import against the importing file, so the rules are
// generated per folder AND per directory depth below src/: a file in src/<a>/<b>/ reaches src/
// with exactly two `../`, so `../../store/x` from there is the store layer while `../store/x`
// would be a sub-folder of <a>. Feature folders are read from src/features at config time, so
// a new feature is covered without touching this file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SRC_FILES = '{ts,tsx}';
/** Deepest folder nesting below a layer folder that the boundary rules cover. */
const MAX_NESTING = 8;

/** Packages and the one layer that may import each (undefined: restricted where listed). */
const PACKAGES = {
  react: { regex: '^react(?:/|$)' },
  'react-dom': { regex: '^react-dom(?:/|$)' },
  zustand: { regex: '^zustand(?:/|$)', onlyIn: 'store' },
  'idb-keyval': { regex: '^idb-keyval(?:/|$)', onlyIn: 'persistence' },
  '@dnd-kit/*': { regex: '^@dnd-kit/' },
};

/** What each layer folder below src/ may not import (besides the `onlyIn` packages above). */
const LAYERS = {
  model: {
    packages: ['react', 'react-dom', 'zustand', 'idb-keyval', '@dnd-kit/*'],
    folders: ['store', 'persistence', 'interop', 'features', 'app', 'components', 'i18n'],
    why: 'model/ is pure TypeScript and imports nothing from the app',
  },
  store: {
    packages: ['react-dom', 'idb-keyval', '@dnd-kit/*'],
    folders: ['persistence', 'interop', 'features', 'app', 'components', 'i18n'],
    why: 'store/ imports only model/ (and zustand)',
  },
  persistence: {
    packages: ['react', 'react-dom', 'zustand', '@dnd-kit/*'],
    folders: ['store', 'interop', 'features', 'app', 'components', 'i18n'],
    why: 'persistence/ imports only model/ (and idb-keyval); app/ wires it to the store',
  },
  interop: {
    packages: ['react', 'react-dom', 'zustand', 'idb-keyval', '@dnd-kit/*'],
    folders: ['store', 'persistence', 'features', 'app', 'components', 'i18n'],
    why: 'interop/ holds pure parsers and serialisers and imports only model/',
  },
  components: {
    packages: [],
    folders: ['store', 'persistence', 'features', 'app'],
    why: 'components/ are app-agnostic UI pieces',
  },
};

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Regex source for exactly `n` leading `../` segments. */
const up = (n) => `^(?:\\.\\./){${n}}`;

/** Patterns for the packages a file in `layer` (or outside every layer: null) may not import. */
function packagePatterns(layer, extra = []) {
  const names = new Set(extra);
  for (const [name, { onlyIn }] of Object.entries(PACKAGES)) {
    if (onlyIn && onlyIn !== layer) names.add(name);
  }
  return [...names].map((name) => {
    const { regex, onlyIn } = PACKAGES[name];
    return {
      regex,
      caseSensitive: true,
      message: onlyIn
        ? `${name} may be imported only in src/${onlyIn}/ (DESIGN.md).`
        : `src/${layer}/ may not import ${name} (DESIGN.md: ${LAYERS[layer]?.why ?? layer}).`,
    };
  });
}

/** Pattern for relative imports that, from a file `depth` folders below src/, enter `folders`. */
function folderPattern(depth, folders, message) {
  return {
    regex: `${up(depth)}(?:${folders.map(escapeRegex).join('|')})(?:/|$)`,
    caseSensitive: true,
    message,
  };
}

/** Globs for the files exactly `nesting` folders below `dir` (nesting 0: directly inside). */
const filesAt = (dir, nesting) => [`${dir}/${'*/'.repeat(nesting)}*.${SRC_FILES}`];

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

function boundaryConfigs() {
  // Everything in src/: zustand only in store/, idb-keyval only in persistence/. The layer
  // configs below replace this one for their files, so each repeats these two patterns.
  const configs = [restrict([`src/**/*.${SRC_FILES}`], packagePatterns(null))];

  for (const [layer, { packages, folders, why }] of Object.entries(LAYERS)) {
    for (let nesting = 0; nesting <= MAX_NESTING; nesting++) {
      const depth = nesting + 1; // src/<layer>/x.ts needs one `../` to reach src/
      configs.push(
        restrict(filesAt(`src/${layer}`, nesting), [
          ...packagePatterns(layer, packages),
          folderPattern(
            depth,
            folders,
            `src/${layer}/ may not import from src/{${folders.join(',')}}/ (DESIGN.md: ${why}).`,
          ),
        ]),
      );
    }
  }

  for (const feature of featureFolders()) {
    const self = escapeRegex(feature);
    for (let nesting = 0; nesting <= MAX_NESTING; nesting++) {
      const depth = nesting + 2; // src/features/<x>/y.tsx needs two `../` to reach src/
      const message = `src/features/${feature}/ may not import another feature (DESIGN.md: features never import each other; share through store/, components/ or model/).`;
      configs.push(
        restrict(filesAt(`src/features/${feature}`, nesting), [
          ...packagePatterns(null),
          folderPattern(
            depth,
            ['persistence'],
            'Features never call persistence; they call store actions (DESIGN.md).',
          ),
          // ../<other> from the feature root, ../../<other> one level down, …
          { regex: `${up(depth - 1)}(?!\\.\\.(?:/|$))(?!${self}(?:/|$))`, caseSensitive: true, message },
          // …and the long way round through src/: ../../features/<other>
          { regex: `${up(depth)}features/(?!${self}(?:/|$))`, caseSensitive: true, message },
        ]),
      );
    }
  }
  return configs;
}

/** Names of the folders in src/features (none yet: no feature rules). */
function featureFolders() {
  try {
    return readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'test-results/']),

  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // The app runs in the browser; tests, scripts and config files run in Node (component tests
  // also see jsdom's browser globals).
  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['test/**', 'scripts/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // Hooks live in components (.tsx) and in useThing.ts modules, so both get the hook rules.
  {
    files: [`src/**/*.${SRC_FILES}`],
    extends: [reactHooks.configs.flat.recommended],
  },

  ...boundaryConfigs(),
]);
