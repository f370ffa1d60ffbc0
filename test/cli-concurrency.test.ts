/**
 * `medad check --concurrency`: the built binary with worker threads must print what it prints
 * in one thread (every format, findings, fixes, unreadable inputs, exit code), in input order.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, workerCount } from '../src/cli/index.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** Real posts from the labelled batches, a few per language, and the corpus's own compliant rows. */
function posts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const lang of ['pl', 'de', 'ru']) {
    const rows = readFileSync(new URL(`./corpus/${lang}-9.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string });
    for (const row of rows.slice(0, 8)) out.push({ name: `${row.id}.md`, text: row.text });
  }
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medad-concurrency-'));
  mkdirSync(join(dir, 'posts/sub'), { recursive: true });
  posts().forEach((p, i) => writeFileSync(join(dir, i % 3 ? 'posts' : 'posts/sub', p.name), p.text));
  // A device ad without the mandatory warning: a fix to apply.
  writeFileSync(join(dir, 'posts/device.md'), '---\nproduct: medical-device\njurisdiction: PL\n---\nNowy ciśnieniomierz AccuPress już w sprzedaży. Zamów online!\n');
  // Bytes that are not UTF-8: an input problem, reported in its place among the others.
  writeFileSync(join(dir, 'posts/broken.md'), Buffer.from([0x4e, 0x61, 0xc3, 0x28, 0x6a]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--concurrency', () => {
  for (const format of ['json', 'pretty', 'sarif', 'compact']) {
    it(`prints the single-thread ${format} output, byte for byte`, () => {
      const one = cli(['check', 'posts', '--format', format], dir);
      const many = cli(['check', 'posts', '--format', format, '--concurrency', '3'], dir);
      expect(one.stdout.length).toBeGreaterThan(200);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
      expect(many.status).toBe(one.status);
    });
  }

  it('reports findings and the unreadable input, and exits 4 like one thread', () => {
    const r = cli(['check', 'posts', '--format', 'json', '--concurrency', '2'], dir);
    const out = JSON.parse(r.stdout) as { files: Array<{ file: string; findings: unknown[] }>; inputErrors: Array<{ file: string }> };
    expect(out.files.length).toBe(25);
    expect(out.files.filter((f) => f.findings.length > 0).length).toBeGreaterThan(5);
    expect(out.inputErrors.map((e) => e.file)).toEqual([join('posts', 'broken.md')]);
    expect(r.status).toBe(4);
  });

  it('computes the same fixes (--fix-dry-run)', () => {
    const one = cli(['check', 'posts', '--format', 'json', '--fix-dry-run'], dir);
    const many = cli(['check', 'posts', '--format', 'json', '--fix-dry-run', '--concurrency', '2'], dir);
    expect(one.stdout).toContain('"output"');
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
  });

  it('refuses a value that is not off, auto or a whole number of workers', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = cli(['check', 'posts', `--concurrency=${bad}`], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--concurrency needs off, auto or a whole number of workers (1 or more), got "${bad}"`);
    }
  });

  it('auto and off check a small directory in one thread with the same output', () => {
    const off = cli(['check', 'posts', '--format', 'compact', '--concurrency', 'off'], dir);
    const auto = cli(['check', 'posts', '--format', 'compact', '--concurrency', 'auto'], dir);
    expect(auto.stdout).toBe(off.stdout);
    expect(auto.status).toBe(off.status);
  });

  it('goes through the workers whenever more than one is asked for (a missing worker script fails the run)', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (l: string) => err.push(l), stdin: async () => '', cwd: dir, workerUrl: new URL('file:///nonexistent/medad-worker.js') };
    expect(await main(['check', 'posts', '--concurrency', '2'], io)).toBe(3);
    expect(err.join('\n')).toContain('internal error');
    expect(await main(['check', 'posts', '--concurrency', 'off'], io)).toBe(4);
  });

  it('asks for workers as the help says: N capped by the files, auto one per 1000 files and one CPU left', () => {
    expect(workerCount(3, 25)).toBe(3);
    expect(workerCount(8, 2)).toBe(2);
    expect(workerCount(1, 5000)).toBe(1);
    expect(workerCount('auto', 900)).toBe(1);
    expect(workerCount('auto', 2000)).toBe(Math.max(1, Math.min(2, availableParallelism() - 1)));
    expect(workerCount('auto', 100_000)).toBe(Math.max(1, availableParallelism() - 1));
  });
});
