/**
 * The playground's checker, in a Web Worker: compiling the three packs and a post's first check
 * take seconds, and on the page's main thread they froze typing, scrolling and the language
 * switch. build-playground.mjs bundles this file with the library into dist/worker.js (a classic
 * worker script, so it also runs where module workers do not).
 *
 * Protocol. Out, once at start: { type: 'meta', jurisdictions, products, audiences, locales,
 * assetTags } — what the page needs to build its form, sent before any pack compiles. In:
 * { id, text, options }; out: { type: 'result', id, report } or { type: 'result', id, error }.
 * The page keeps at most one request in flight and drops answers to outdated ids, so this side
 * stays a plain request/answer loop.
 */
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS, builtinPacks, createBuiltinChecker } from '../src/index.ts';

const packs = builtinPacks();
postMessage({
  type: 'meta',
  jurisdictions: packs.map((p) => p.jurisdiction),
  products: [...PRODUCTS],
  audiences: [...AUDIENCES],
  locales: [...MESSAGE_LOCALES],
  // Asset tags the built-in rules react to (before/after photos, white coats, blood …).
  assetTags: [...new Set(packs.flatMap((p) => p.rules.flatMap((r) => r.assetTags ?? [])))].sort(),
});

// The built-in checker compiles each jurisdiction's pack on its first post, so a Polish paste
// does not pay for the German and Russian packs. Created on the first request, so the 'meta'
// answer above is not delayed.
let checker;

self.onmessage = ({ data }) => {
  const { id, text, options } = data;
  try {
    checker ??= createBuiltinChecker();
    postMessage({ type: 'result', id, report: checker.check(text, options) });
  } catch (err) {
    postMessage({ type: 'result', id, error: String(err?.message ?? err) });
  }
};
