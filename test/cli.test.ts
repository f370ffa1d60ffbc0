/**
 * The CLI as users and CI pipelines meet it: exit codes 0/1/2, usage errors that say what was
 * wrong, files/directories/globs, --max-warnings, the progress line, and the JSON and SARIF
 * formats (SARIF checked structurally against what GitHub code scanning needs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../src/cli/files.js';
import { main } from '../src/cli/index.js';
import { compileGlob } from '../src/cli/glob.js';
import { runCli } from './helpers/cli.js';

const run = runCli;

const PL_AD = 'Najlepsza klinika stomatologiczna w mieście! Umów wizytę.';
const PL_PLAIN = 'Gabinet jest czynny od poniedziałku do piątku w godzinach 8–16.';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'medad-cli-'));
  mkdirSync(join(tmp, 'posts/2024/jan'), { recursive: true });
  mkdirSync(join(tmp, 'posts/drafts'), { recursive: true });
  mkdirSync(join(tmp, 'many'), { recursive: true });
  mkdirSync(join(tmp, 'empty'), { recursive: true });
  writeFileSync(join(tmp, 'posts/a.md'), PL_PLAIN);
  writeFileSync(join(tmp, 'posts/2024/jan/b.md'), `---\nproduct: medical-service\njurisdiction: PL\n---\n${PL_AD}\n`);
  writeFileSync(join(tmp, 'posts/2024/jan/c.txt'), PL_PLAIN);
  writeFileSync(join(tmp, 'posts/drafts/d.md'), PL_PLAIN);
  writeFileSync(join(tmp, 'posts/image.png'), 'not text');
  for (let i = 0; i < 25; i++) writeFileSync(join(tmp, `many/post-${String(i).padStart(2, '0')}.md`), PL_PLAIN);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 when no error-severity finding', async () => {
    const r = await run(['check', '--jurisdiction', 'PL'], PL_PLAIN);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no findings');
    expect(r.out).toContain('not legal advice');
  });

  it('1 when there is an error; pretty output shows line, excerpt, citation and suggestion', async () => {
    const r = await run(['check', '--jurisdiction', 'PL', '--product', 'medical-service'], PL_AD);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1:1\s+error/);
    expect(r.out).toContain('│ Najlepsza klinika');
    expect(r.out).toContain('^^^^^^^^^');
    expect(r.out).toMatch(/§ .*https?:\/\//);
    expect(r.out).toContain('→ ');
  });

  it('--exit-zero turns 1 into 0', async () => {
    expect((await run(['check', '--jurisdiction', 'PL', '--product', 'medical-service', '--exit-zero'], PL_AD)).code).toBe(0);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['unknown command', ['lint'], /Unknown command "lint"\. Commands: check, rules/],
    ['no command', [], /Usage:/],
    ['unknown option', ['check', '--colour'], /--colour/],
    ['unknown format', ['check', '--format', 'xml'], /Unknown format "xml"\. Valid values: pretty, json, sarif/],
    ['unknown product', ['check', '--product', 'car'], /Unknown product "car"\. Valid values: medical-device, .*supplement/],
    ['unknown audience', ['check', '--audience', 'kids'], /Unknown audience "kids"\. Valid values: public, professional/],
    ['unknown locale', ['check', '--locale', 'fr'], /Unknown locale "fr"\. Valid values: en, pl, de, ru/],
    ['unknown jurisdiction', ['check', '--jurisdiction', 'FR'], /Unknown jurisdiction "FR"\. Valid values: .*PL/],
    ['bad --max-warnings', ['check', '--max-warnings', '1.5'], /--max-warnings needs a whole number.*"1\.5"/],
    ['bad --max-warnings (text)', ['check', '--max-warnings', 'ten'], /--max-warnings needs a whole number.*"ten"/],
    ['missing file', ['check', 'no/such/post.md'], /No such file or directory: no\/such\/post\.md/],
    ['glob matching nothing', ['check', 'no-such-dir/**/*.md'], /No files match "no-such-dir\/\*\*\/\*\.md"/],
  ];
  for (const [name, args, message] of usage) {
    it(`2 on a usage error: ${name}`, async () => {
      const r = await run(args, PL_PLAIN);
      expect(r.code).toBe(2);
      expect(r.err + r.out).toMatch(message);
    });
  }

  it('2 for a bad value in a file’s front matter, naming the file', async () => {
    const f = join(tmp, 'bad-front.md');
    writeFileSync(f, '---\nproduct: toaster\n---\nText');
    const r = await run(['check', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-front\.md:2: front matter: unknown product "toaster"\. Valid values: medical-device/);
  });

  it('2 for a directory without text files', async () => {
    const r = await run(['check', join(tmp, 'empty')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('No text files');
  });
});

describe('--max-warnings', () => {
  // Without a product, a product-gated ban reports one severity lower: warnings, no errors.
  const args = ['check', '--jurisdiction', 'PL', '--format', 'json'];
  it('exits 1 only when warnings exceed the limit', async () => {
    const base = await run(args, PL_AD);
    const { summary } = JSON.parse(base.out) as { summary: { errors: number; warnings: number } };
    expect(summary.errors, 'precondition: the sample has no error').toBe(0);
    expect(summary.warnings, 'precondition: the sample has warnings').toBeGreaterThan(0);
    expect(base.code).toBe(0);
    expect((await run([...args, '--max-warnings', String(summary.warnings)], PL_AD)).code).toBe(0);
    const over = await run([...args, '--max-warnings', String(summary.warnings - 1)], PL_AD);
    expect(over.code).toBe(1);
    expect(over.err).toContain(`more than --max-warnings ${summary.warnings - 1}`);
  });
});

describe('files, directories and globs', () => {
  it('glob patterns match whole / paths', () => {
    const re = compileGlob('posts/**/*.md');
    expect(re.test('posts/a.md')).toBe(true);
    expect(re.test('posts/2024/jan/b.md')).toBe(true);
    expect(re.test('posts/2024/jan/c.txt')).toBe(false);
    expect(re.test('other/posts/a.md')).toBe(false);
    expect(compileGlob('*.{md,txt}').test('a.txt')).toBe(true);
    expect(compileGlob('*.{md,txt}').test('dir/a.txt')).toBe(false);
    expect(compileGlob('post-?[0-4].md').test('post-13.md')).toBe(true);
    expect(compileGlob('post-?[0-4].md').test('post-15.md')).toBe(false);
    expect(compileGlob('a.b').test('axb')).toBe(false);
  });

  it('expands globs relative to the working directory', () => {
    const names = (args: string[]) => collectFiles(args, tmp).files.map((f) => f.name.split('\\').join('/'));
    expect(names(['posts/**/*.md'])).toEqual(['posts/2024/jan/b.md', 'posts/a.md', 'posts/drafts/d.md']);
    expect(names(['posts/*/*/*.{md,txt}'])).toHaveLength(2);
  });

  it('walks directories for text files only, without duplicates', () => {
    const files = collectFiles(['posts', 'posts/a.md', 'posts/**/*.md'], tmp).files.map((f) => f.name.split('\\').join('/'));
    expect(files).toEqual(['posts/2024/jan/b.md', 'posts/2024/jan/c.txt', 'posts/a.md', 'posts/drafts/d.md']);
  });

  it('checks a quoted glob end to end, using each file’s front matter', async () => {
    const r = await run(['check', join(tmp, 'posts/**/*.md'), '--format', 'json']);
    const json = JSON.parse(r.out) as { files: Array<{ file: string; findings: Array<{ severity: string; line: number }> }> };
    expect(json.files.map((f) => f.file.split('\\').join('/').replace(/^.*posts\//, ''))).toEqual(['2024/jan/b.md', 'a.md', 'drafts/d.md']);
    const b = json.files[0]!;
    // Front matter lines are kept blank, so the finding is on line 5 of the file.
    expect(b.findings.some((f) => f.severity === 'error' && f.line === 5)).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe('progress line', () => {
  it('is shown for many files (and cleared at the end)', async () => {
    const r = await run(['check', join(tmp, 'many'), '--jurisdiction', 'PL'], '', true);
    expect(r.code).toBe(0);
    expect(r.progress[0]).toMatch(/^medad: checking 1\/25 /);
    expect(r.progress).toContainEqual(expect.stringMatching(/^medad: checking 25\/25 /));
    expect(r.progress.at(-1)).toBe('');
    expect(r.err).toBe('');
  });

  it('is not shown for a few files', async () => {
    const r = await run(['check', join(tmp, 'posts')], '', true);
    expect(r.progress).toEqual([]);
  });

  it('is not written when stderr is not a terminal (the binary in a pipe)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'check', join(tmp, 'many'), '--jurisdiction', 'PL'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('checking');
  });
});

describe('a directory of many files: checked one file at a time, reported in order', () => {
  const N = 30;
  const isAd = (i: number) => i % 3 === 0;
  const name = (i: number) => `post-${String(i).padStart(2, '0')}.md`;
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'stream');
    mkdirSync(dir);
    for (let i = 0; i < N; i++) writeFileSync(join(dir, name(i)), isAd(i) ? PL_AD : PL_PLAIN);
  });
  /** Runs the CLI; when the progress line reaches file `at`, rewrites the next file on disk. */
  const runStreaming = async (format: string, at: number) => {
    const out: string[] = [];
    const code = await main(['check', dir, '--jurisdiction', 'PL', '--product', 'medical-service', '--format', format], {
      stdout: (x) => out.push(x),
      stderr: () => {},
      stdin: async () => '',
      progress: (line) => {
        if (line.startsWith(`medad: checking ${at + 1}/${N} `)) writeFileSync(join(dir, name(at + 1)), PL_AD);
      },
    });
    writeFileSync(join(dir, name(at + 1)), isAd(at + 1) ? PL_AD : PL_PLAIN);
    return { code, out: out.join('\n') };
  };
  // File 5 is plain on disk until file 4 is being checked. Read all first, it would be clean;
  // read one at a time, it is read after the change and flagged.
  const flagged = (i: number) => isAd(i) || i === 5;

  it('JSON: one entry per file in path order, each with its own findings', async () => {
    const r = await runStreaming('json', 4);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.out) as { files: Array<{ file: string; findings: Array<{ ruleId: string }> }> }).files;
    expect(files.map((f) => f.file.split(/[\\/]/).pop())).toEqual(Array.from({ length: N }, (_, i) => name(i)));
    expect(files.map((f) => f.findings.some((x) => x.ruleId === 'pl/superlative'))).toEqual(Array.from({ length: N }, (_, i) => flagged(i)));
  });

  it('SARIF: results in file order, rule indexes into the run\'s rule table', async () => {
    const r = await runStreaming('sarif', 4);
    const run0 = JSON.parse(r.out).runs[0] as { tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> };
    const uris = [...new Set(run0.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.split('/').pop()))];
    expect(uris).toEqual(Array.from({ length: N }, (_, i) => i).filter(flagged).map(name));
    for (const x of run0.results) expect(run0.tool.driver.rules[x.ruleIndex]!.id).toBe(x.ruleId);
  });

  it('pretty: file blocks in path order, then the summary', async () => {
    const r = await runStreaming('pretty', 4);
    const order = [...r.out.matchAll(/post-(\d\d)\.md/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: N }, (_, i) => i));
    const blocks = r.out.split(/\n(?=\S*post-\d\d\.md)/).slice(1);
    expect(blocks.map((b) => !b.includes('no findings'))).toEqual(Array.from({ length: N }, (_, i) => flagged(i)));
    expect(r.out.trimEnd()).toMatch(/error\(s\), \d+ warning\(s\), \d+ info\(s\)\. medad flags legal risk; it is not legal advice\.$/);
  });
});

describe('--format json (stable schema, docs/json-format.md)', () => {
  it('has version 1, files with report fields, and a summary', async () => {
    const r = await run(['check', '--jurisdiction', 'PL', '--product', 'medical-service', '--format', 'json'], PL_AD);
    const json = JSON.parse(r.out);
    expect(json.version).toBe(1);
    expect(Object.keys(json).sort()).toEqual(['files', 'inputErrors', 'summary', 'version']);
    expect(json.inputErrors).toEqual([]);
    const file = json.files[0];
    expect(file.file).toBe('<stdin>');
    expect(Object.keys(file).sort()).toEqual(['file', 'findings', 'jurisdictions', 'language', 'routing', 'skipped']);
    const f = file.findings[0];
    for (const key of ['ruleId', 'category', 'jurisdiction', 'severity', 'range', 'line', 'column', 'excerpt', 'message', 'messageId', 'legalBasis', 'suggestions']) {
      expect(f, key).toHaveProperty(key);
    }
    expect(PL_AD.slice(f.range.start, f.range.end)).toBe(f.excerpt);
    expect(json.summary).toEqual({
      files: 1,
      errors: file.findings.filter((x: { severity: string }) => x.severity === 'error').length,
      warnings: file.findings.filter((x: { severity: string }) => x.severity === 'warning').length,
      infos: file.findings.filter((x: { severity: string }) => x.severity === 'info').length,
    });
  });
});

describe('--format sarif (2.1.0, GitHub code scanning)', () => {
  it('is structurally valid SARIF with relative URIs and 1-based regions that point at the excerpt', async () => {
    const r = await run(['check', 'examples/', '--format', 'sarif', '--locale', 'de']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('medad');
    const ruleIds: string[] = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of run0.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.help.text).toMatch(/https?:\/\//);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run0.results.length).toBeGreaterThanOrEqual(3);
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse((await run(['check', 'examples/', '--format', 'json', '--locale', 'de'])).out) as {
      files: Array<{ file: string; findings: Array<{ ruleId: string; line: number; column: number; excerpt: string }> }>;
    };
    const excerpts = new Map(json.files.flatMap((f) => f.findings.map((x) => [`${f.file}|${x.ruleId}|${x.line}|${x.column}`, x.excerpt])));
    expect(run0.results.length).toBe(json.files.reduce((n, f) => n + f.findings.length, 0));
    for (const res of run0.results) {
      expect(ruleIds).toContain(res.ruleId);
      expect(ruleIds[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text).toBeTruthy();
      const loc = res.locations[0].physicalLocation;
      const uri: string = loc.artifactLocation.uri;
      expect(uri).toMatch(/^examples\/[\w.-]+\.md$/);
      const reg = loc.region;
      expect(reg.startLine).toBeGreaterThanOrEqual(1);
      if (reg.startColumn !== undefined) {
        expect(reg.startColumn).toBeGreaterThanOrEqual(1);
        const lines = readFileSync(uri, 'utf8').split('\n');
        if (reg.endLine === reg.startLine) {
          const excerpt = lines[reg.startLine - 1]!.slice(reg.startColumn - 1, reg.endColumn - 1);
          expect(excerpt.length).toBeGreaterThan(0);
          expect(excerpt).toBe(excerpts.get(`${uri}|${res.ruleId}|${reg.startLine}|${reg.startColumn}`));
        }
      }
    }
  });

  it('percent-encodes file names and uses forward slashes', async () => {
    const { toUri } = await import('../src/cli/sarif.js');
    expect(toUri('posts\\2024\\my post#1.md')).toBe('posts/2024/my%20post%231.md');
    expect(toUri('<stdin>')).toBe('stdin');
  });
});

describe('medad rules', () => {
  it('lists rules, filtered by jurisdiction, and as JSON', async () => {
    const all = await run(['rules']);
    expect(all.code).toBe(0);
    const de = await run(['rules', '--jurisdiction', 'de', '--format', 'json']);
    const rules = JSON.parse(de.out) as Array<{ id: string; legalBasis: unknown[] }>;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((x) => x.id.startsWith('de/') && x.legalBasis.length > 0)).toBe(true);
  });
});

describe('routing in the CLI (never a silent pass)', () => {
  it('finds a two-word Russian superlative on stdin with automatic routing', async () => {
    const r = await run(['check'], 'Лучшая клиника!');
    expect(r.out).toContain('ru/superlative');
    expect(r.code).toBe(1);
  });
  it('says when the language was uncertain and which packs read the text', async () => {
    const r = await run(['check'], 'Najlepsza klinika!');
    expect(r.out).toMatch(/note: language uncertain/);
    expect(r.out).toContain('pl/superlative');
  });
  it('exits 2 and says NOT CHECKED when no pack can read the text, even with --exit-zero', async () => {
    for (const args of [['check'], ['check', '--exit-zero']]) {
      const r = await run(args, '12345 🦷🦷 !!!');
      expect(r.out).toContain('NOT CHECKED');
      expect(r.err).toMatch(/1 input\(s\) not checked/);
      expect(r.code).toBe(2);
    }
  });
  it('takes several jurisdictions, repeated or comma-separated', async () => {
    const post = 'Najlepsza klinika! Die beste Praxis!';
    for (const args of [['--jurisdiction', 'PL,DE'], ['--jurisdiction', 'pl', '--jurisdiction', 'de']]) {
      const r = await run(['check', '--format', 'json', ...args], post);
      const out = JSON.parse(r.out);
      expect(out.files[0].jurisdictions).toEqual(['PL', 'DE']);
      expect(out.files[0].routing).toEqual({ mode: 'explicit' });
    }
    const bad = await run(['check', '--jurisdiction', 'PL,XX'], post);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown jurisdiction "XX"/);
  });
});
