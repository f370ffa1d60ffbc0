import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * Entries that import medad's own entry points from source get those imports rewritten to the
 * built entries, so they share the engine and packs instead of carrying a second copy:
 * the integrations import the package itself (`medad`), the CLI the files beside it.
 */
function entryImports(map: Record<string, string>) {
  const targets = Object.fromEntries(Object.entries(map).map(([src, to]) => [resolve(src), to]));
  return {
    name: 'medad-entry-imports',
    setup(build: { onResolve(o: { filter: RegExp }, cb: (a: { path: string; resolveDir: string }) => { path: string; external: boolean } | undefined): void }) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = targets[resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts')];
        return target ? { path: target, external: true } : undefined;
      });
    },
  };
}

/** Bundled CommonJS dependencies (lilconfig, picomatch) call require(): give ESM output one. */
const requireBanner = (ctx: { format: string }) =>
  ctx.format === 'esm' ? { js: "import { createRequire as __medadCreateRequire } from 'node:module'; const require = __medadCreateRequire(import.meta.url);" } : {};

/** franc and its own dependencies, for the builds that bundle it. */
const FRANC = [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/];

/** The markup readers of the CLI (src/adapters/markup) and everything they import. */
const MARKUP = [/^mdast-util/, /^micromark/, /^parse5/, /^entities/, /^yaml/, /^decode-named-character-reference/, /^character-entities/, /^unist-util/, /^@types\/(mdast|unist)/, /^devlop/];

// One build per entry kind: the library entries as ESM + CJS with declarations, the CLI as ESM.
// No source maps in the package: the ESM library output is readable, unminified JavaScript, and
// maps of the bundled CLI and detector would mostly describe third-party code (franc, zod, lilconfig).
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
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    // The CommonJS build repeats the ESM one for require(); it is minified (names kept, so a stack
    // still names medad's functions) to keep the package under its size budget. The ESM build,
    // which bundlers tree-shake and people read, stays unminified.
    esbuildOptions(options, { format }) {
      if (format === 'cjs') Object.assign(options, { minify: true, keepNames: true });
    },
  },
  // medad/detect: the ESM build imports the user's franc (optional peer); franc is ESM-only, so
  // the CJS build bundles it to keep `require('medad/detect')` working on every Node 20.
  {
    entry: { detect: 'src/adapters/detect/index.ts' },
    format: ['esm'],
    dts: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { detect: 'src/adapters/detect/index.ts' },
    format: ['cjs'],
    dts: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    noExternal: FRANC,
  },
  // medad/textlint and medad/unified: Node entries (they read the project's configuration).
  // lilconfig and picomatch are small and bundled; zod stays the user's optional peer, loaded
  // only to validate a configuration file; textlint and unified are the host's own.
  {
    entry: { textlint: 'src/integrations/textlint.ts', unified: 'src/integrations/unified.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    noExternal: [/^lilconfig/, /^picomatch/],
    external: [/^zod/, /^franc/, /^medad/],
    esbuildPlugins: [entryImports({ 'src/index.ts': 'medad', 'src/adapters/schema/index.ts': 'medad/schema' })],
    banner: requireBanner,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    clean: false,
    // The CLI is an application: it carries the pack validator, the configuration loader and the
    // markup readers it uses (all devDependencies, several ESM-only), so `npx medad` installs
    // nothing else. The engine and packs come from ./index.js and the detector (with franc) from
    // ./detect.cjs, the library's own builds beside it.
    noExternal: [/^zod/, /^lilconfig/, /^picomatch/, ...MARKUP],
    esbuildPlugins: [entryImports({ 'src/index.ts': './index.js', 'src/adapters/detect/index.ts': './detect.cjs' })],
    // yaml, lilconfig and picomatch are CommonJS and require Node built-ins.
    banner: requireBanner,
    // Minified: the CLI carries zod, yaml, parse5 and the Markdown parser, and the package must
    // stay under 1 MB packed. Function names are kept so an internal error's stack still reads.
    minify: true,
    keepNames: true,
  },
]);
