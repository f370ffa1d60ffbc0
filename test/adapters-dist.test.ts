/**
 * The core stays dependency-free in the BUILT output: `medad` (and `medad/core`, the packs)
 * reach no bare module specifier at all — so neither franc, i18next nor zod — and loading them
 * at runtime resolves none. Only the adapter entries import their optional peer.
 *
 * Needs `dist/` (`npm test` builds first; `npx vitest run` alone builds when dist is missing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PEERS = ['franc', 'i18next', 'zod'];

beforeAll(() => {
  if (!['index.js', 'index.cjs', 'detect.js', 'i18n.js', 'schema.js'].every((f) => existsSync(join(DIST, f)))) {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
}, 180_000);

// import/export … from '…', import '…', import('…'), require('…')
const SPECIFIER = /(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|[;\s])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/gm;

/** Every file reachable from `entry` by relative imports, and every non-relative specifier. */
function graph(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], bare: [...bare] };
}

describe('the built core imports nothing', () => {
  for (const entry of ['index.js', 'index.cjs', 'core.js', 'core.cjs', 'packs/pl.js', 'packs/de.cjs', 'packs/ru.js']) {
    it(`dist/${entry} and its chunks have no bare imports`, () => {
      const { files, bare } = graph(join(DIST, entry));
      expect(files.length).toBeGreaterThan(0);
      expect(bare).toEqual([]);
    });
  }
  it('the walker does see the adapters’ peers (so the check above can fail)', () => {
    expect(graph(join(DIST, 'detect.js')).bare).toContain('franc');
    expect(graph(join(DIST, 'i18n.js')).bare).toContain('i18next');
    expect(graph(join(DIST, 'schema.js')).bare).toContain('zod');
    expect(graph(join(DIST, 'i18n.cjs')).bare).toContain('i18next');
    // The CJS detector bundles franc (ESM-only) instead of requiring it.
    expect(graph(join(DIST, 'detect.cjs')).bare).not.toContain('franc');
  });
});

describe('at runtime, loading medad resolves none of franc, i18next, zod', () => {
  const HOOK = `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { if (/^(${PEERS.join('|')})(\\/|$)/.test(s)) throw new Error('medad loaded ' + s); return next(s, c); }`,
  )}`;
  it('ESM: import("medad") under a loader hook that refuses the peers', () => {
    const code = `import { register } from 'node:module'; register(${JSON.stringify(HOOK)});
      const m = await import('medad'); const r = m.check('Najlepsza klinika w mieście!');
      const c = await import('medad/core');
      if (!r.findings.length || !c.createChecker) throw new Error('medad did not work');
      let refused = false; try { await import('medad/schema'); } catch (e) { refused = /medad loaded zod/.test(String(e)); }
      if (!refused) throw new Error('the hook did not refuse zod');
      console.log('ok');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('ok');
  });
  it('CJS: require("medad") loads no module from the peers’ folders', () => {
    const code = `const Module = require('module'); const seen = [];
      const load = Module._load; Module._load = function (req, ...rest) { seen.push(req); return load.call(this, req, ...rest); };
      const m = require('medad'); m.check('Лучшая клиника города!'); require('medad/core');
      console.log(JSON.stringify(seen.filter((s) => /^(${PEERS.join('|')})(\\/|$)/.test(s))));`;
    const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('the bundled CommonJS detector', () => {
  // The CJS build carries franc's models only for the detector's candidate languages (see
  // tsup.config.ts). It must answer exactly as the source detector with the full franc does,
  // on the project's real posts and on texts in languages medad has no law for.
  const texts: string[] = [
    'Краще за все — профілактика: запишіться на огляд до нашої клініки.',
    'Най-добрата клиника в града, гарантиран резултат без болка.',
    'Најбоља клиника у граду, гарантован резултат.',
    'La meilleure clinique de la ville, résultat garanti sans douleur !',
    'Nejlepší klinika ve městě, zaručený výsledek bez bolesti.',
    'De beste kliniek van de stad, gegarandeerd resultaat zonder pijn.',
    'The best clinic in town, guaranteed painless results.',
    'أفضل عيادة في المدينة، نتائج مضمونة',
    '城里最好的诊所，保证无痛',
    '#najlepszystomatolog #VorherNachher #лучшаяклиника',
    '12345 !!! ???',
  ];
  for (const file of ['pl-4', 'de-4', 'ru-4']) {
    for (const line of readFileSync(join(ROOT, 'test/corpus', `${file}.jsonl`), 'utf8').split('\n')) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  it(`gives the source detector's answers on ${texts.length} texts`, async () => {
    const require = createRequire(import.meta.url);
    const built = require(join(DIST, 'detect.cjs')) as typeof import('../src/adapters/detect/index.js');
    const source = await import('../src/adapters/detect/index.js');
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      expect(built.detectLanguage(text), text).toEqual(source.detectLanguage(text));
      expect(built.detectSegments(text), text).toEqual(source.detectSegments(text));
    }
  });
});
