// ESLint flat config. Besides the usual rules it enforces the layer direction under src/
// (engine <- cli <- io <- store <- ui, with scenarios beside them; see the architecture note,
// section 2), keeps the pure layers (engine, cli, io outside io/browser, scenarios) free of
// clocks, randomness, the DOM, Node and UI packages, and the store free of the DOM and clocks.
import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx']
const BENCHES = ['src/**/*.bench*.ts']

/** Folder depths below a layer's root that get their own import rule (see layerImports). */
const MAX_DEPTH = 6

/** Globals the pure layers never touch: clocks, timers, randomness, the DOM and Node. */
const IMPURE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'Date',
  'performance',
  'crypto',
  'process',
]
/** Tests and benchmarks may measure time and read the Node process. */
const TEST_GLOBALS = new Set(['performance', 'process'])

const PURE_MESSAGE =
  'The pure layers (engine, cli, io, scenarios) use no clock, timer, randomness, DOM or Node ' +
  'global: pass such values in as data.'

/** The store may wait (timers) but reads no clock, DOM or storage: the UI hands those in. */
const STORE_GLOBALS = IMPURE_GLOBALS.filter((g) => !['setTimeout', 'setInterval'].includes(g))
const STORE_MESSAGE =
  'src/store reads no DOM, clock, storage or randomness: the UI (ui/, io/browser) hands them in.'

function restrictGlobals(names, { allowGlobalThis = false } = {}) {
  return [
    'error',
    ...names.map((name) => ({ name, message: PURE_MESSAGE })),
    ...(allowGlobalThis ? [] : [{ name: 'globalThis', message: PURE_MESSAGE }]),
  ]
}

const UI_PACKAGES = '^(?:react|react-dom|zustand|@xyflow/react)(?:/|$)'

/** A regex matching `../` repeated from `min` to `max` times. */
const up = (min, max = min) => `(?:\\.\\./){${min}${max === min ? '' : `,${max}`}}`

/**
 * `@typescript-eslint/no-restricted-imports` for the files of one layer, one block per folder
 * depth: the same relative path stays inside the layer at one depth and leaves it at another.
 * - `doors`: the other layers this one may import, only through their index (`'../engine'`).
 * - `packages`: a regex of the packages it may not import; `null` bans every package (and
 *   every `node:*` module).
 */
function layerImports(layer, { files, ignores = [], doors = [], packages = null, message }) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const allowed = [
      '\\./(?!\\.\\./)', // this folder
      ...(depth > 0 ? [`${up(1, depth)}[^.]`] : []), // a parent folder inside the layer
      ...doors.map((door) => `${up(depth + 1)}${door}$`),
    ]
    const relative = `^(?!(?:${allowed.join('|')}))\\.`
    const patterns = [{ regex: relative, message }]
    patterns.push({ regex: packages ?? '^[^.]', message })
    return {
      files: files.map((glob) => `src/${layer}/${'*/'.repeat(depth)}${glob}`),
      ignores,
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
    }
  })
}

/**
 * Imports of given sibling layers from a layer's files, at each folder depth; and, for `doors`,
 * the only modules of another layer its source files may import (tests may reach further).
 */
function banLayers(layer, { banned, allowTypeImports, message, doors = null }) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const banLayer = {
      regex: `^${up(depth + 1)}(?:${banned.join('|')})(?:/|$)`,
      allowTypeImports,
      message,
    }
    const deep = doors && {
      regex: `^${up(depth + 1)}${doors.target}/(?!(?:${doors.modules.join('|')})$)`,
      message: `src/${layer} reaches src/${doors.target} through its doors: ${doors.modules.join(', ')}.`,
    }
    const rule = (patterns) => ({
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    })
    const files = [`src/${layer}/${'*/'.repeat(depth)}*.{ts,tsx}`]
    if (!deep) return [{ files, rules: rule([banLayer]) }]
    return [
      { files, rules: rule([banLayer, deep]) },
      {
        files: files.flatMap((f) => TESTS.map((t) => f.replace('*.{ts,tsx}', t.split('/').pop()))),
        rules: rule([banLayer]),
      },
    ]
  }).flat()
}

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/test-results/',
    '**/playwright-report/',
    '**/.vite/',
    '*.tmp.ts',
    '*.tmp.mjs',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/bin/**', 'e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // The pure layers: no impure globals, and imports only inside the layer (cli: plus the engine).
  {
    files: [
      'src/engine/**/*.{ts,tsx}',
      'src/cli/**/*.{ts,tsx}',
      'src/io/**/*.{ts,tsx}',
      'src/scenarios/**/*.{ts,tsx}',
      'src/lessons/**/*.{ts,tsx}',
    ],
    ignores: [...TESTS, ...BENCHES, 'src/io/browser/**'],
    rules: {
      'no-restricted-globals': restrictGlobals(IMPURE_GLOBALS),
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Ids and names come from the model.' },
      ],
    },
  },
  {
    files: TESTS.concat(BENCHES).flatMap((glob) => [
      glob.replace('src/**', 'src/engine/**'),
      glob.replace('src/**', 'src/cli/**'),
    ]),
    rules: {
      // Tests and benches may also reach Node's gc() through globalThis (node --expose-gc).
      'no-restricted-globals': restrictGlobals(
        IMPURE_GLOBALS.filter((g) => !TEST_GLOBALS.has(g)),
        { allowGlobalThis: true },
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded generator (fast-check).' },
      ],
    },
  },
  ...layerImports('engine', {
    files: ['*.{ts,tsx}'],
    ignores: [...TESTS, ...BENCHES],
    message: 'src/engine imports nothing outside src/engine: no other layer, package or node:*.',
  }),
  ...layerImports('engine', {
    files: ['*.test.{ts,tsx}', '*.bench*.ts'],
    doors: ['test/[a-z-]+'],
    packages: UI_PACKAGES,
    message: 'Engine tests and benches import only src/engine, test tools and node:* modules.',
  }),
  ...layerImports('cli', {
    files: ['*.{ts,tsx}'],
    ignores: [...TESTS, ...BENCHES],
    doors: ['engine'],
    message: 'src/cli imports only itself and the engine through its door (../engine), no package.',
  }),
  // The examples are docker scripts, the CLI's own input: its tests may replay them.
  ...layerImports('cli', {
    files: ['*.test.{ts,tsx}', '*.bench*.ts'],
    doors: ['engine', 'scenarios', 'test/[a-z-]+'],
    packages: UI_PACKAGES,
    message:
      'CLI tests and benches import only src/cli, ../engine, ../scenarios, test tools and node:*.',
  }),

  // io: the document format, its reader and the interchange formats, pure, over the engine;
  // io/browser is its DOM side. Of packages, only the pure parsers and codecs of those formats.
  ...layerImports('io', {
    files: ['*.{ts,tsx}'],
    ignores: [...TESTS, ...BENCHES, 'src/io/browser/**'],
    doors: ['engine'],
    packages: '^(?!(?:yaml|lz-string)$)[^.]',
    message:
      'src/io imports only itself, the engine through its door (../engine), yaml and lz-string.',
  }),
  ...layerImports('io', {
    files: ['*.test.{ts,tsx}'],
    doors: ['engine', 'engine/generate', 'cli', 'test/[a-z-]+'],
    packages: UI_PACKAGES,
    message:
      'io tests import only src/io, ../engine (and its generator), ../cli, test tools and node:*.',
  }),
  {
    files: ['src/io/browser/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${up(2)}(?!engine$)[^.]`,
              message: 'io/browser imports only io itself, the engine door and storage packages.',
            },
            { regex: UI_PACKAGES, message: 'io/browser uses no UI package.' },
          ],
        },
      ],
    },
  },
  // scenarios: the examples, docker scripts as data; they import nothing.
  ...layerImports('scenarios', {
    files: ['*.{ts,tsx}'],
    ignores: [...TESTS],
    message: 'src/scenarios holds the examples as data: it imports nothing.',
  }),
  // lessons: the built-in lesson files (JSON) and their list; the list imports only them.
  ...layerImports('lessons', {
    files: ['*.{ts,tsx}'],
    ignores: [...TESTS],
    message: 'src/lessons holds the lessons as data: it imports only its own JSON files.',
  }),
  {
    files: ['src/store/**/*.{ts,tsx}'],
    ignores: [...TESTS, ...BENCHES],
    rules: {
      'no-restricted-globals': [
        'error',
        ...STORE_GLOBALS.map((name) => ({ name, message: STORE_MESSAGE })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: STORE_MESSAGE },
      ],
    },
  },

  // src/test: helpers for tests only; they may use the engine's door and test tools.
  ...layerImports('test', {
    files: ['*.ts'],
    doors: ['engine'],
    packages: UI_PACKAGES,
    message: 'src/test holds test helpers: the engine door, vitest and node:* only.',
  }),

  // The app layers. Deep imports between them go through named doors: the store reaches the
  // CLI through its index (loaded after first paint) and the small modules first paint needs
  // (the bare shell, quoting, effects, output types and chunks) or lazily loaded gestures use
  // (run-command, commands/inspect for the lazily loaded Inspect tab, and the fixes' words for
  // the store's prose), since the index brings the Go template engine; the UI reaches the store
  // through its index, its React binding and the modules of panels loaded on first use.
  ...banLayers('store', {
    banned: ['ui'],
    allowTypeImports: false,
    message: 'The store never imports the UI.',
    doors: {
      target: 'cli',
      modules: [
        'index',
        'state',
        'quote',
        'effects',
        'output',
        'chunks',
        'run-command',
        'commands/inspect',
        'fix-rule',
        'fix-text',
        'fix-text.zh',
      ],
    },
  }),
  ...banLayers('ui', {
    banned: ['engine', 'cli'],
    allowTypeImports: true,
    message: 'The UI reaches the engine and CLI through the store (type-only imports are fine).',
    doors: {
      target: 'store',
      // Besides the door (index), modules only lazily loaded views use: they stay out of first paint.
      modules: [
        'index',
        'react',
        'diagnostics',
        'matrix',
        'container-docs',
        'why-view',
        'lessons',
        'prose',
        'lesson-author',
      ],
    },
  }),

  { files: TESTS, plugins: { vitest }, rules: { 'vitest/no-focused-tests': 'error' } },
  {
    // The Vitest rule only sees Vitest's own imports; Playwright specs get the same ban here.
    files: ['e2e/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[property.name="only"]', message: 'No focused tests.' },
      ],
    },
  },
  prettier,
)
