import { defineConfig } from 'tsup';

/** franc and its own dependencies, for the builds that bundle it. */
const FRANC = [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/];

/** The markup readers of the CLI (src/adapters/markup) and everything they import. */
const MARKUP = [/^mdast-util/, /^micromark/, /^parse5/, /^entities/, /^yaml/, /^decode-named-character-reference/, /^character-entities/, /^unist-util/, /^@types\/(mdast|unist)/, /^devlop/];

// One build per entry kind: the library entries as ESM + CJS with declarations, the CLI as ESM.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      core: 'src/core/index.ts',
      'packs/pl': 'src/packs/pl/index.ts',
      'packs/de': 'src/packs/de/index.ts',
      'packs/ru': 'src/packs/ru/index.ts',
      // Adapters: their dependency (i18next, zod) is an optional peer, kept external.
      i18n: 'src/adapters/i18n/index.ts',
      schema: 'src/adapters/schema/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
  },
  // medad/detect: the ESM build imports the user's franc (optional peer); franc is ESM-only, so
  // the CJS build bundles it to keep `require('medad/detect')` working on every Node 20.
  {
    entry: { detect: 'src/adapters/detect/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { detect: 'src/adapters/detect/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    noExternal: FRANC,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
    // The CLI is an application: it carries the detector, the pack validator and the markup
    // readers it uses (all devDependencies, several ESM-only), so `npx medad` installs nothing else.
    noExternal: [...FRANC, /^zod/, ...MARKUP],
    // yaml is CommonJS and requires Node built-ins; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __medadCreateRequire } from 'node:module'; const require = __medadCreateRequire(import.meta.url);" },
  },
]);
