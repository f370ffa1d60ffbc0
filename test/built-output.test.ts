/**
 * The built core runs under a strict Content-Security-Policy (a browser extension): no eval,
 * no new Function, no Node built-ins, no bare module specifiers, no network. Checked on the
 * files `npm run build` wrote (`npm test` builds first), following their relative imports,
 * and by running the bundle in a context where string code generation is disabled. Also keeps
 * the min+gzip sizes under their budgets (scripts/size.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBundle, SHAKE } from '../scripts/size.mjs';

const dist = resolve(__dirname, '../dist');
const ENTRIES = ['index.js', 'core.js', 'packs/pl.js', 'packs/de.js', 'packs/ru.js'].map((f) => join(dist, f));
const built = ENTRIES.every(existsSync);
const SPECIFIER = /(?:\bimport|\bexport)\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Every file reachable from the entries through relative imports. */
function closure(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const m of code.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  ENTRIES.forEach(visit);
  return files;
}

/** The longest ASCII stretch of a message: the minified bundle escapes other characters (\\u201E). */
const asciiRun = (s: string) => [...s.matchAll(/[ -~]{16,}/g)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0]!;

describe.runIf(built)('built output (dist/)', () => {
  const files = built ? closure() : new Map<string, string>();
  it('follows the entries to their chunks', () => {
    expect(files.size).toBeGreaterThan(ENTRIES.length);
  });
  it('imports only relative files (no bare specifiers, no Node built-ins)', () => {
    for (const [file, code] of files) {
      for (const m of code.matchAll(SPECIFIER)) expect(m[1] ?? m[2], file).toMatch(/^\.\.?\//);
      expect(code, file).not.toMatch(/\brequire\s*\(/);
      expect(code, file).not.toMatch(/["']node:/);
    }
  });
  it('contains no eval, new Function, network or Node globals', () => {
    const banned: Array<[string, RegExp]> = [
      ['eval', /\beval\s*\(/],
      ['new Function', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/],
      ['fetch', /\bfetch\s*\(/],
      ['XMLHttpRequest', /\bXMLHttpRequest\b/],
      ['WebSocket', /\bWebSocket\b/],
      ['importScripts', /\bimportScripts\b/],
      ['process', /\bprocess\s*\.\s*(?:env|argv|exit|cwd|versions)\b/],
      ['Buffer', /\bBuffer\s*\./],
      ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
    ];
    for (const [file, code] of files) for (const [name, re] of banned) expect(re.test(code), `${name} in ${file}`).toBe(false);
  });
  it('runs with string code generation disabled (CSP without unsafe-eval) and without TextDecoder', async () => {
    const out = await build({ entryPoints: [join(dist, 'index.js')], bundle: true, format: 'iife', globalName: 'medad', write: false, logLevel: 'silent' });
    const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => runInContext('eval("1")', context)).toThrow();
    runInContext(out.outputFiles[0]!.text, context);
    const report = runInContext(
      `medad.createBuiltinChecker().check('Najlepsza klinika w mieście!', { jurisdictions: ['PL'], context: { product: 'medical-service' } })`,
      context,
    ) as { findings: Array<{ excerpt: string }> };
    expect(report.findings.map((f) => f.excerpt)).toContain('Najlepsza klinika');
  });
  for (const budget of BUDGETS) {
    it(`keeps ${budget.name} within ${(budget.limit / 1024).toFixed(1)} KiB min+gzip`, async () => {
      const { gzipBytes } = await measureBundle(budget);
      expect(gzipBytes).toBeLessThanOrEqual(budget.limit);
    });
  }
  it(`tree-shakes named imports from the root: ${SHAKE.root.name} is within ${SHAKE.maxRatio}× of ${SHAKE.subpath.name}, without the other packs`, async () => {
    const [root, sub] = [await measureBundle(SHAKE.root), await measureBundle(SHAKE.subpath)];
    expect(root.gzipBytes).toBeLessThanOrEqual(sub.gzipBytes * SHAKE.maxRatio);
    // The Polish pack is there, and nothing of the German or Russian one (rule ids, law names).
    expect(root.text).toContain('pl/superlative');
    for (const id of ['de/hwg-guarantee', 'de/hwg-before-after', 'ru/superlative', 'ru/guarantee-result']) expect(root.text).not.toContain(id);
    for (const law of ['heilmwerbg', '38-ФЗ']) expect(root.text).not.toContain(law);
    // Nor the rule examples (docs) or the Polish pack's German and Russian messages.
    const plDe = (await import('../src/packs/pl/locales/de.json')).default as Record<string, { message: string }>;
    expect(root.text).not.toContain(asciiRun(plDe['pl/superlative']!.message));
  });
  it('the root bundle of check() still carries every pack in four locales', async () => {
    const { text } = await measureBundle({ contents: "export { check } from './dist/index.js';" });
    for (const id of ['pl/superlative', 'de/hwg-guarantee', 'ru/superlative']) expect(text).toContain(id);
    const ruPl = (await import('../src/packs/ru/locales/pl.json')).default as Record<string, { message: string }>;
    expect(text).toContain(asciiRun(ruPl['ru/superlative']!.message));
  });
});

describe.skipIf(built)('built output missing', () => {
  it('needs `npm run build` (npm test runs it first)', () => {
    expect.fail('dist/ is missing: run `npm run build` or `npm test`');
  });
});
