/**
 * The package as users install it: publint and arethetypeswrong find no problems, the tarball
 * ships only what users need, and the BUILT package works for ESM and CJS consumers (every
 * `exports` subpath, imported from a separate project in a child process) and as a binary.
 *
 * Needs `dist/` (`npm test` builds first; `npx vitest run` alone builds when dist is missing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};
/** What a user needs, and nothing else (package.json is always packed by npm). */
const SHIPPED = [/^dist\//, /^locales\//, /^schema\//, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Code subpaths: every exports key except wildcards and JSON files (those are only resolved). */
const subpaths = Object.keys(pkg.exports).filter((k) => !k.includes('*') && !k.endsWith('.json'));
const jsonSubpaths = Object.keys(pkg.exports).filter((k) => !k.includes('*') && k.endsWith('.json'));
const specifier = (k: string) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`);

let consumer: string;
let packed: string[];
let packedSize: number;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/index.js'))) execFileSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  consumer = mkdtempSync(join(tmpdir(), 'medad-consumer-'));
  // --ignore-scripts: `prepack` would rebuild dist/ (npm test has just built it) and, while it
  // runs, delete the dist/ that other test files are importing in parallel.
  const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', consumer], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);
  packedSize = info!.size;
  // Install the tarball the way npm would lay it out, without the network.
  const dir = join(consumer, 'node_modules', pkg.name);
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', join(consumer, info!.filename.replace(/^@[^/]+\//, '').replace('/', '-')), '-C', dir, '--strip-components=1']);
  // A consumer who installed the optional peers (the adapters' franc, i18next, zod).
  for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
    const src = join(ROOT, 'node_modules', peer);
    const dst = join(consumer, 'node_modules', peer);
    if (existsSync(src) && !existsSync(dst)) {
      mkdirSync(join(dst, '..'), { recursive: true });
      symlinkSync(src, dst, 'dir');
    }
  }
  writeFileSync(join(consumer, 'package.json'), '{"name":"consumer","private":true}');
}, 120_000);
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe('tarball', () => {
  // Issue 16: ≤ 1 MB packed (decimal, as npm prints it). Met by writing UTF-8 instead of esbuild's
  // default \uXXXX escapes (the packs are mostly Cyrillic and Polish text) and whitespace-minifying
  // the ESM build; a regression here most likely means one of those settings was lost.
  it('packs to at most 1 MB, without source maps', () => {
    expect(packedSize).toBeLessThanOrEqual(1_000_000);
    expect(packed.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(['dist/textlint.js', 'dist/unified.cjs', 'schema/config.schema.json']));
  });
});

function node(file: string, source: string) {
  writeFileSync(join(consumer, file), source);
  return spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
}

describe('package contents', () => {
  it('ships only dist, locales, schema, README, LICENSE and package.json (the CHANGELOG stays in the repository: the 1 MB budget)', () => {
    const extra = packed.filter((p) => !SHIPPED.some((re) => re.test(p)));
    expect(extra, 'files that users do not need').toEqual([]);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
      expect(packed, needed).toContain(needed);
    }
  });

  it('has no runtime dependencies, and the core entries import no bare module', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const entry of ['dist/index.js', 'dist/core.js', 'dist/index.cjs', 'dist/core.cjs']) {
      const code = readFileSync(join(consumer, 'node_modules', pkg.name, entry), 'utf8');
      const specs = [...code.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
      expect(specs.filter((s) => !s.startsWith('.')), entry).toEqual([]);
    }
  });
});

describe('linters', () => {
  it('publint reports no problems (errors, warnings or suggestions)', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const { messages, pkg: linted } = await publint({ pkgDir: ROOT, level: 'suggestion', pack: 'npm' });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, linted)}`)).toEqual([]);
  }, 120_000);

  it('arethetypeswrong (attw --pack, node16 profile) reports no problems', () => {
    // node16 profile: the legacy node10 resolution cannot see `exports` subpaths at all.
    const r = spawnSync(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { problems: Record<string, Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>> };
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => p.resolutionKind !== 'node10');
    expect(problems).toEqual([]);
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);
});

describe('consumers of the built package', () => {
  const probe = `check('Лучшая клиника города!', { jurisdictions: ['RU'] })`;

  it('ESM: imports every exports subpath and checks a text', () => {
    const r = node(
      'esm.mjs',
      `import { check } from 'medad';
const report = ${probe};
const loaded = {};
for (const s of ${JSON.stringify(subpaths.map(specifier))}) loaded[s] = Object.keys(await import(s)).length;
console.log(JSON.stringify({ excerpt: report.findings[0]?.excerpt, start: report.findings[0]?.range?.start, loaded }));`,
    );
    expect(r.status, r.stderr).toBe(0);
    // Node may warn (e.g. ExperimentalWarning for an ESM-only optional peer), but nothing fails.
    expect(r.stderr).not.toMatch(/Error/);
    const out = JSON.parse(r.stdout);
    expect(out.excerpt).toBe('Лучшая');
    expect(out.start).toBe(0);
    for (const s of subpaths.map(specifier)) expect(out.loaded[s], s).toBeGreaterThan(0);
  });

  it('CJS: requires every exports subpath and checks a text', () => {
    const r = node(
      'cjs.cjs',
      `const { check } = require('medad');
const report = ${probe};
const loaded = {};
for (const s of ${JSON.stringify(subpaths.map(specifier))}) loaded[s] = Object.keys(require(s)).length;
for (const s of ${JSON.stringify(jsonSubpaths.map(specifier))}) loaded[s] = require.resolve(s) ? 1 : 0;
console.log(JSON.stringify({ excerpt: report.findings[0]?.excerpt, loaded }));`,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/Error/);
    const out = JSON.parse(r.stdout);
    expect(out.excerpt).toBe('Лучшая');
    for (const s of [...subpaths, ...jsonSubpaths].map(specifier)) expect(out.loaded[s], s).toBeGreaterThan(0);
  });

  it('a pack loads alone from medad/core + medad/packs/pl', () => {
    const r = node(
      'pl-only.mjs',
      `import { createChecker } from 'medad/core';
import { plPack } from 'medad/packs/pl';
const c = createChecker({ packs: [plPack] });
console.log(JSON.stringify(c.check('Najlepsza klinika w mieście!', { jurisdictions: ['PL'], context: { product: 'medical-service' } }).findings.map((f) => f.category)));`,
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toContain('superlative');
  });

  it('the bin runs from the installed package with exit codes 1 and 2', () => {
    const cli = join(consumer, 'node_modules', pkg.name, pkg.bin.medad!);
    const flagged = spawnSync(process.execPath, [cli, 'check', '--jurisdiction', 'RU'], { input: 'Лучшая клиника города!', encoding: 'utf8' });
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toContain('Лучшая');
    const usage = spawnSync(process.execPath, [cli, 'check', '--format', 'xml'], { input: '', encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Unknown format "xml"');
  });
});
