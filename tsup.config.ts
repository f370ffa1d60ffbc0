import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { CYRILLIC, CYRILLIC_EXTRA, LATIN, LATIN_EXTRA } from './src/adapters/detect/signals.js';
import { stripComments } from './scripts/strip-comments.mjs';

/**
 * Entries that import medad's own entry points from source get those imports rewritten to the
 * built entries, so they share the engine and packs instead of carrying a second copy:
 * the integrations import the package itself (`medad`), the CLI the files beside it.
 */
function entryImports(map: Record<string, string>): Plugin {
  const targets = Object.fromEntries(Object.entries(map).map(([src, to]) => [resolve(src), to]));
  return {
    name: 'medad-entry-imports',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.namespace === 'medad-require') return { path: args.path, external: true };
        const target = targets[resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts')];
        if (!target) return undefined;
        // A CommonJS build is required, not imported: Node's ESM loader pre-parses a CommonJS file
        // for its export names first (cjs-module-lexer). For the CLI's detect.cjs that was ~15 ms
        // of every start: import ~29 ms CPU, require ~14 (fresh node, 2026-12-03).
        return target.endsWith('.cjs') ? { path: target, namespace: 'medad-require' } : { path: target, external: true };
      });
      build.onLoad({ filter: /.*/, namespace: 'medad-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}

/** Bundled CommonJS dependencies (lilconfig, picomatch) call require(): give ESM output one. */
const requireBanner = (ctx: { format: string }) =>
  ctx.format === 'esm' ? { js: "import { createRequire as __medadCreateRequire } from 'node:module'; const require = __medadCreateRequire(import.meta.url);" } : {};

/**
 * franc's trigram models, cut to the languages the detector can ever ask about. Every call passes
 * `only` with a subset of these candidates (signals.ts), and franc filters its models by `only`
 * before scoring, so the other ~170 models (most of franc's size, and most of the work franc does
 * when it is imported) can never change an answer. Every script key stays, as an empty table where
 * no candidate uses it, so franc's "is this script modelled" branch is taken as before.
 * `test/adapters-dist.test.ts` compares the bundled detector with the source one on real posts.
 */
function francCandidatesOnly(): Plugin {
  const keep = new Set([...LATIN, ...LATIN_EXTRA.langs, ...CYRILLIC, ...CYRILLIC_EXTRA.langs]);
  return {
    name: 'medad-franc-candidates',
    setup(build) {
      build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
        const { data } = (await import(pathToFileURL(args.path).href)) as { data: Record<string, Record<string, string>> };
        const cut = Object.fromEntries(
          Object.entries(data).map(([script, models]) => [script, Object.fromEntries(Object.entries(models).filter(([lang]) => keep.has(lang)))]),
        );
        return { contents: `export const data = ${JSON.stringify(cut)};`, loader: 'js' };
      });
    },
  };
}

/**
 * Up to this share of non-ASCII characters, a chunk or a JSON string of the build is written all
 * ASCII, with escapes (`leanEsm`, `fewNonAsciiEscaped`): the engine, the German and Polish texts.
 * The Russian ones (Cyrillic in 17–55 % of their characters) would grow by a third or more, the
 * reason `utf8()` exists, and stay UTF-8.
 */
const ASCII_ESCAPED_SHARE = 0.05;
/** Whether `text` is to be written all ASCII: its non-ASCII characters are ASCII_ESCAPED_SHARE of it or fewer. */
const fewNonAscii = (text: string): boolean => (text.match(/[^\0-\x7f]/g)?.length ?? 0) <= text.length * ASCII_ESCAPED_SHARE;

/**
 * JSON text with its non-ASCII characters as `\uXXXX` escapes when they are few: the string literal
 * that carries it then holds one byte a character, which V8 scans and internalizes with about half
 * the work of a two-byte literal (one Polish letter or typographic quote makes a whole catalog or
 * docs literal two-byte). JSON.parse gives the same value. Measured 2026-12-03 (callgrind, fresh
 * node, import + `createBuiltinChecker()`): 721.8 → 717.9 M instructions; `npm pack` +4.4 KB,
 * min+gzip +0.4 KiB (packs) and +1.0 KiB (main entry). Escaping only what is above U+00FF, which
 * is all a one-byte literal needs, saved less (719.2 M) and packed larger (+4.9 KB).
 */
function fewNonAsciiEscaped(json: string): string {
  if (!fewNonAscii(json)) return json;
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * JSON text for a string literal of the build: `fewNonAsciiEscaped`, and every `'` as `\u0027`.
 * esbuild prints a string in the quotes that need the fewest escapes, and JSON text, full of `"`,
 * with a `'` in it went out as a template literal, which V8 scans at about twice the cost of a
 * quoted string (it keeps the raw text as well): the Russian docs, 2.9 M instructions of every
 * import (716.1 → 713.1 M, callgrind, fresh node, 2026-12-03). JSON.parse gives the same value.
 */
function jsonForLiteral(json: string): string {
  return fewNonAsciiEscaped(json).replaceAll("'", '\\u0027');
}

/**
 * The packs' message catalogs (src/packs/<xx>/locales/*.json) as `JSON.parse('…')` instead of
 * the object literals esbuild writes for a JSON import: about a fifth of what the main entry
 * loads is catalogs, and V8 compiles a module's top-level object literal key by key (bytecode,
 * boilerplates, every string internalized) but scans a string literal and runs its JSON parser
 * several times faster (issue 11, cold start). Marked pure, so a bundle that never reaches a
 * catalog still drops it. The catalogs are plain JSON, so the objects are the same.
 */
function catalogsAsJsonParse(): Plugin {
  return {
    name: 'medad-catalogs-json-parse',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]packs[\\/][a-z]{2}[\\/]locales[\\/][a-z]{2}\.json$/ }, async (args) => {
        // Re-serialized so the string holds no insignificant whitespace.
        const json = jsonForLiteral(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))));
        return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
      });
    },
  };
}

/**
 * Each pack's rule docs (src/packs/<xx>/docs.ts: every rule's examples and reviewer notes, a third
 * of the packs' data) as a JSON string, evaluated here at build time, that the exported function
 * parses when called. Only `builtinPacks()` and `listRules()` call it, yet as object literals in
 * the rule files the docs were compiled and built at every import of `medad` (issue 11, cold
 * start: about a fifth of the import); a string is only scanned. The rule files' `…Docs` exports
 * are then unused in the build and shaken out. Each call returns a fresh parse, as the source's
 * function returns a fresh object; the value must be plain JSON data, or the build fails.
 */
function docsAsJson(): Plugin {
  return {
    name: 'medad-docs-json',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]packs[\\/][a-z]{2}[\\/]docs\.ts$/ }, async (args) => {
        const out = await esbuild({ entryPoints: [args.path], bundle: true, format: 'esm', platform: 'neutral', write: false, charset: 'utf8' });
        const mod = (await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.contents).toString('base64')}`)) as Record<string, unknown>;
        const exports = Object.entries(mod).map(([name, fn]) => {
          if (typeof fn !== 'function') throw new Error(`${args.path}: export ${name} must be a function returning the docs`);
          const value: unknown = fn();
          assertJsonData(value, `${args.path}: ${name}()`);
          shipFirstExamples(value);
          const json = JSON.stringify(value);
          const shifted = fewNonAscii(json) ? undefined : cyrillicRunsShifted(json);
          if (!shifted) return `const ${name}Json = ${JSON.stringify(jsonForLiteral(json))};\nexport const ${name} = () => JSON.parse(${name}Json);`;
          return `const ${name}Json = ${JSON.stringify(shifted.text)};\nlet ${name}Text;\nexport const ${name} = () => JSON.parse(${name}Text ??= (${shifted.decoder})(${name}Json));`;
        });
        return { contents: exports.join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * Cyrillic letters (`letters`, a range of a character class) moved down onto the ASCII characters
 * from `onto` to `z`, one for one, for the two schemes below (`cyrillicRunsShifted`,
 * `cyrillicShifted`): `down` at build time, and `up(v)`, the source of the expression that moves
 * the string `v` back, which the build writes into its output and evaluates to check that every
 * rewrite decodes back. `range` is the ASCII characters taken (`onto` to `z`), for a character class;
 * `takes(s)` says whether `s` already holds one of them (it could not be told from a shifted letter).
 */
function letterShift(letters: string, onto: string): { range: string; takes: (s: string) => boolean; down: (s: string) => string; up: (v: string) => string } {
  const by = letters.charCodeAt(0) - onto.charCodeAt(0);
  const range = `${onto}-z`;
  const letter = new RegExp(`[${letters}]`, 'g');
  const taken = new RegExp(`[${range}]`);
  const down = (s: string) => s.replace(letter, (c) => String.fromCharCode(c.charCodeAt(0) - by));
  return { range, takes: (s) => taken.test(s), down, up: (v) => `${v}.replace(/[${range}]/g, (c) => String.fromCharCode(c.charCodeAt(0) + ${by}))` };
}

/**
 * The Russian docs' JSON text with its Cyrillic in ASCII, for `docsAsJson`: each run of text that
 * starts and ends with a letter А…я and holds no ASCII `;`…`z` (so no JSON escape and no key) goes
 * out between two `marker`s with those letters shifted down onto `;`…`z`. The string is then
 * mostly one byte a character, and a user's bundler that escapes non-ASCII (esbuild's default
 * charset, scripts/size.mjs) writes one byte a letter instead of a six-byte `\uXXXX`. Decoded
 * when the docs are first asked for and kept (`listRules()`, `builtinPacks()`), never at import.
 * Measured 2026-12-07 (callgrind, fresh node): main entry 279,056 → 273,122 B min+gzip (with the
 * import order of src/index.ts); import + `createBuiltinChecker()` 706.3 → 700.9 M instructions (a
 * 65K one-byte literal where a 90K two-byte one was scanned); the first `listRules()` pays the
 * decoding, 78 → 103 M (once: the text is kept); dist −42 KB, −3.9 KB gzip. A loop decoder instead
 * of the inner replace saved 4 M of that. Letters shifted only inside a marked run leave the JSON
 * keys and escapes as they are.
 */
const CY_RUNS = letterShift('А-я', ';');

function cyrillicRunsShifted(json: string): { text: string; decoder: string } | undefined {
  // Every other non-ASCII character and `'` (jsonForLiteral) as JSON escapes first: an escape
  // written inside a run would be shifted by the decoder.
  const escaped = json.replace(/[^\0-\x7fА-я]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll("'", '\\u0027');
  const marker = [...'~|#%&'].find((c) => !escaped.includes(c));
  if (!marker) return undefined;
  const m = `\\${marker}`;
  const text = escaped.replace(new RegExp(`[А-я](?:[^${CY_RUNS.range}${m}]*[А-я])?`, 'g'), (run) => marker + CY_RUNS.down(run) + marker);
  const decoder = `(s) => s.replace(/${m}([^${m}]*)${m}/g, (_, t) => ${CY_RUNS.up('t')})`;
  const decoded = ((0, eval)(decoder) as (s: string) => string)(text);
  if (/[^\0-\x7f]|'/.test(text) || decoded !== escaped || JSON.stringify(JSON.parse(decoded)) !== json) throw new Error('docsAsJson: the shifted Cyrillic does not decode back');
  return { text, decoder };
}

/**
 * How many flagged and how many clean examples of each rule the package ships. The examples are
 * documentation in the package (`listRules()`, `builtinPacks()`) but test cases in the repository:
 * each round of tuning on new real posts adds new sentences and near misses to the rules' docs.ts,
 * every one of them runs in test/rule-examples.test.ts and shows in docs/rules/, and the package
 * ships them twice (ESM and CommonJS builds), which took `npm pack` over the 1 MB of issue 16.
 * The first ones of each list are the rule's own canonical examples; the source keeps them all.
 * 10 → 6 on 2026-12-01: the round-10 vocabularies took `npm pack` to 1,014,872 bytes (8 → 1,002,169).
 */
const SHIPPED_EXAMPLES = 6;

function shipFirstExamples(docs: unknown): void {
  for (const entry of Object.values(docs as Record<string, { examples?: Record<string, unknown[]> }>)) {
    const ex = entry?.examples;
    if (!ex) continue;
    for (const kind of Object.keys(ex)) if (Array.isArray(ex[kind])) ex[kind] = ex[kind]!.slice(0, SHIPPED_EXAMPLES);
  }
}

/** Throws unless `v` survives JSON.stringify + JSON.parse unchanged (plain objects, arrays, strings, finite numbers, booleans, null). */
function assertJsonData(v: unknown, where: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number' && Number.isFinite(v)) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw new Error(`${where}[${i}]: a hole does not survive JSON`);
      assertJsonData(v[i], `${where}[${i}]`);
    }
    return;
  }
  if (typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
    for (const [k, x] of Object.entries(v as object)) assertJsonData(x, `${where}.${k}`);
    return;
  }
  throw new Error(`${where}: ${typeof v} is not JSON data`);
}

/**
 * The unminified ESM output without comments and indentation (scripts/strip-comments.mjs): Node
 * decodes and V8 scans every byte of a module before it runs, and comments and indentation were
 * about a fifth of what `import('medad')` reads (issue 11, cold start: −19 % bytes, −4.4 % of the
 * import's instructions). Lines and the `@__PURE__` marks stay, so the output still reads with a
 * formatter and still tree-shakes. The minified CommonJS output has no comments left to strip.
 *
 * A chunk with few non-ASCII characters (ASCII_ESCAPED_SHARE) also gets them as escapes (`\xHH`,
 * `\uHHHH`) and so is all ASCII: V8's UTF-8 decoder copies an ASCII file in words but walks the rest
 * of a file byte by byte from its first non-ASCII byte on, whatever that byte is. The engine, PL and
 * DE chunks (a few Polish letters, umlauts and typographic quotes in 1–3 % of their characters)
 * pass; the RU chunk and the one holding the catalogs and docs do not. Measured 2026-12-03,
 * callgrind, fresh node: import + `createBuiltinChecker()` 729.6 → 721.8 M instructions (the
 * same with only the characters above U+00FF escaped: a one-byte source still decodes byte by
 * byte), `npm pack` +417 bytes.
 */
const leanEsm = (): NonNullable<Options['plugins']>[number] => ({
  name: 'medad-lean-esm',
  renderChunk(code, info) {
    if (this.format !== 'esm' || !/\.m?js$/.test(info.path)) return undefined;
    if (!fewNonAscii(code)) return { code: stripComments(code) };
    return { code: cyrillicShifted(code) ?? stripComments(code, { escapeAbove: 0x7f }) };
  },
});

/**
 * In an all-ASCII chunk every Cyrillic letter of a string is a six-byte `\uXXXX` escape, and
 * the engine's word lists and patterns for Russian hold about 1,500 of them. A quoted string whose
 * Cyrillic letters are lower-case а…я and whose other characters are none of the 32 ASCII
 * characters `[`…`z` goes out instead with each letter shifted down onto `[`…`z` (б, on `\`, is
 * then written `\\`), decoded once when the chunk loads by `Cy_`, into a top-level
 * `var Cy_N` (pure, so tree-shaking drops it with its last use; top-level, so a function that
 * uses the string does not decode it at each call). Every rewrite is decoded back at build time
 * and the chunk compared with the unrewritten one token by token (stripComments' check).
 * Measured 2026-12-06 (min+gzip): engine 40,953 → 40,478 B, engine + packs 192,322 → 191,867, main
 * entry 279,240 → 278,798; import + `createBuiltinChecker()` 731.9 → 734.4 M instructions (callgrind,
 * fresh node). Shifted onto `<`…`[` instead (no backslash to escape) it saved only 310 B: lower-case
 * letters gzip better.
 */
const CY = letterShift('а-я', '[');
/** Fewest letters a string, and a chunk, must have for the rewrite to pay for its call and decoder. */
const CY_MIN_STRING = 3;
const CY_MIN_CHUNK = 200;
/** The decoder the chunk carries; the build-time check runs this same text. */
const CY_DECODER = `function Cy_(s) {\nreturn ${CY.up('s')};\n}`;
const cyDecode = (0, eval)(`(${CY_DECODER})`) as (s: string) => string;

function cyrillicShifted(code: string): string | undefined {
  if (/Cy_/.test(code)) throw new Error('leanEsm: the chunk already uses the name Cy_');
  const originals: string[] = [];
  const vars: string[] = [];
  let letters = 0;
  const rewrite = (text: string): string => {
    const value = (0, eval)(text) as string;
    const n = value.match(/[а-я]/g)?.length ?? 0;
    if (n < CY_MIN_STRING || CY.takes(value)) return text;
    const shifted = CY.down(value);
    if (cyDecode(shifted) !== value) throw new Error(`leanEsm: ${text} does not decode back`);
    letters += n;
    const literal = JSON.stringify(shifted).replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    vars.push(`var Cy_${originals.length} = /* @__PURE__ */ Cy_(${literal});`);
    originals.push(text);
    return `Cy_${originals.length - 1}`;
  };
  const restore = (out: string): string => out.replace(/\bCy_(\d+)\b/g, (_, k: string) => originals[Number(k)]!);
  const out = stripComments(code, { escapeAbove: 0x7f, strings: { rewrite, restore } });
  if (letters < CY_MIN_CHUNK) return undefined;
  return `${CY_DECODER}\n${vars.join('\n')}\n${out}`;
}

/** franc and its own dependencies, for the builds that bundle it. */
const FRANC = [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/];

/** The markup readers of the CLI (src/adapters/markup) and everything they import. */
const MARKUP = [/^mdast-util/, /^micromark/, /^parse5/, /^entities/, /^yaml/, /^decode-named-character-reference/, /^character-entities/, /^unist-util/, /^@types\/(mdast|unist)/, /^devlop/];

/**
 * esbuild writes every non-ASCII character as `\uXXXX` unless told otherwise: six bytes for a
 * Cyrillic or Polish letter that UTF-8 stores in two. The packs' patterns and messages and franc's
 * trigrams are mostly such letters, so the escapes cost about a fifth of the packed package.
 * Modules are UTF-8 everywhere medad runs (Node, Deno, Bun, bundlers, extension content scripts).
 */
function utf8(options: { charset?: string }) {
  options.charset = 'utf8';
}

// One build per entry kind: the library entries as ESM + CJS with declarations, the CLI as ESM.
// No source maps in the package: the ESM library output keeps medad's own names (only whitespace
// goes), and maps of the bundled CLI and detector would mostly describe third-party code (franc, zod, lilconfig).
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
    // which bundlers tree-shake, loses only comments and indentation (leanEsm): names, line
    // breaks, module structure and the `@__PURE__` marks tree-shaking relies on stay (esbuild's
    // minifyWhitespace drops those marks: `{ createChecker, plPack }` from medad then bundled
    // 2.7× the subpath imports), and a formatter makes it readable again.
    esbuildPlugins: [catalogsAsJsonParse(), docsAsJson()],
    plugins: [leanEsm()],
    esbuildOptions(options, { format }) {
      utf8(options);
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
    esbuildOptions: utf8,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { detect: 'src/adapters/detect/index.ts' },
    format: ['cjs'],
    dts: true,
    clean: false,
    esbuildOptions: utf8,
    target: 'es2022',
    platform: 'node',
    noExternal: FRANC,
    esbuildPlugins: [francCandidatesOnly()],
    // Minified like the other CommonJS output: franc's trigram tables are most of this file.
    minify: true,
    keepNames: true,
  },
  // medad/textlint and medad/unified: Node entries (they read the project's configuration).
  // lilconfig and picomatch are small and bundled; zod stays the user's optional peer, loaded
  // only to validate a configuration file; textlint and unified are the host's own.
  {
    entry: { textlint: 'src/integrations/textlint.ts', unified: 'src/integrations/unified.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    esbuildOptions: utf8,
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
    esbuildOptions: utf8,
    // The CLI is an application: it carries the pack validator, the configuration loader and the
    // markup readers it uses (all devDependencies, several ESM-only), so `npx medad` installs
    // nothing else. The engine and packs come from ./index.js and the detector (with franc) from
    // ./detect.cjs, the library's own builds beside it, imported by the chunk of src/cli/check.ts
    // only: `--version` and `--help` do not load them (fresh node: 216 → 133 ms CPU, 548 M
    // instructions for node itself, 880 → 638 M with the CLI).
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
