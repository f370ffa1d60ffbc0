/**
 * `medad check` writes its output as it goes: each file's part once it and every file before it
 * are done, in input order, complete, and the text the whole-report formats made. Observed through
 * streams the test holds (the io of in-process `main`, the pool's own loop), never through time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { lineSink, reportWriter, type Format } from '../src/cli/output.js';
import { runInWorkers } from '../src/cli/pool.js';
import { formatPrettySummary } from '../src/cli/pretty.js';

const BUILT_CLI = new URL('../dist/cli.js', import.meta.url);
const PL_AD = 'Najlepsza klinika stomatologiczna w mieście! Gwarancja wyleczenia. Umów wizytę.';
const PL_PLAIN = 'Gabinet jest czynny od poniedziałku do piątku w godzinach 8–16.';
const N = 48;
const name = (i: number) => `post-${String(i).padStart(2, '0')}.md`;
/** Every seventh post is long (many findings, slower to check), every third an ad. */
const text = (i: number) => (i % 7 === 3 ? `${PL_AD}\n\n`.repeat(150) : i % 3 === 0 ? PL_AD : PL_PLAIN);
/** Not UTF-8: an input problem in the middle of the run. */
const BROKEN = 'post-20.md';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medad-stream-'));
  mkdirSync(join(dir, 'posts'));
  for (let i = 0; i < N; i++) writeFileSync(join(dir, 'posts', name(i)), name(i) === BROKEN ? Buffer.from([0x4e, 0x61, 0xc3, 0x28]) : text(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One event log for stdout and progress, so their order is what the run did. */
async function observe(args: string[], workerUrl?: URL) {
  const events: Array<{ kind: 'out' | 'progress'; s: string }> = [];
  const code = await main(['check', 'posts', '--jurisdiction', 'PL', '--product', 'medical-service', '--no-config', ...args], {
    stdout: (s) => events.push({ kind: 'out', s }),
    stderr: () => {},
    stdin: async () => '',
    progress: (s) => events.push({ kind: 'progress', s }),
    cwd: dir,
    ...(workerUrl ? { workerUrl } : {}),
  });
  const out = events.filter((e) => e.kind === 'out').map((e) => e.s);
  /** What stdout held when the progress line first started with `prefix`. */
  const outBefore = (prefix: string) => {
    const at = events.findIndex((e) => e.kind === 'progress' && e.s.startsWith(prefix));
    expect(at, prefix).toBeGreaterThan(0);
    return events.slice(0, at).filter((e) => e.kind === 'out').map((e) => e.s).join('\n');
  };
  return { code, out: out.join('\n'), calls: out.length, outBefore };
}

/** The names in output order, one per mention run (a file's lines mention it several times). */
const namesInOrder = (out: string) => [...out.matchAll(/post-(\d\d)\.md/g)].map((m) => Number(m[1])).filter((n, i, all) => i === 0 || all[i - 1] !== n);
const hasFindings = (i: number) => i % 3 === 0 || i % 7 === 3;
const expected = Array.from({ length: N }, (_, i) => i).filter((i) => name(i) !== BROKEN);

describe('check writes each file as soon as it and the files before it are done', () => {
  for (const format of ['json', 'compact', 'github', 'pretty'] as const) {
    it(`${format}: one thread, the earlier files are on stdout before the last file is read`, async () => {
      const r = await observe(['--format', format]);
      // The progress line names a file just before it is read.
      const before = r.outBefore(`medad: checking ${N}/${N} `);
      const shown = namesInOrder(before);
      // json and pretty show every file, compact and github the files with findings.
      const want = expected.filter((i) => i < N - 1 && (format === 'json' || format === 'pretty' || hasFindings(i)));
      // All of them, in order; the last line written waits for the next part, so the last of
      // them may not be named yet.
      expect(shown).toEqual(want.slice(0, shown.length));
      expect(shown.length).toBeGreaterThanOrEqual(want.length - 1);
      expect(r.calls).toBeGreaterThan(N / 3);
    });
  }

  it('sarif is written at the end, in one piece (its rule table needs every result)', async () => {
    const r = await observe(['--format', 'sarif']);
    expect(r.outBefore(`medad: checking ${N}/${N} `)).toBe('');
    expect(r.calls).toBe(1);
    expect(JSON.parse(r.out).runs[0].results.length).toBeGreaterThan(N);
  });

  it('--concurrency: the first files are on stdout before the last outcome comes back', async () => {
    const one = await observe(['--format', 'json']);
    const many = await observe(['--format', 'json', '--concurrency', '2'], BUILT_CLI);
    // A worker is sent no input more than 32 past the first one not yet written, so at least
    // the first N - 32 files are out before the last input is even sent.
    const before = many.outBefore(`medad: checking ${N}/${N} `);
    expect(namesInOrder(before).slice(0, N - 32 - 1)).toEqual(expected.slice(0, N - 32 - 1));
    expect(many.out).toBe(one.out);
    expect(many.code).toBe(one.code);
  });
});

describe('a slow reader', () => {
  it('holds the run back: the next file is read only once the reader has taken the last part', async () => {
    const events: string[] = [];
    let waiting = false;
    let waits = 0;
    await main(['check', 'posts', '--jurisdiction', 'PL', '--no-config', '--format', 'compact'], {
      stdout: () => events.push('out'),
      stderr: () => {},
      stdin: async () => '',
      progress: (s) => {
        if (s.startsWith('medad: checking')) events.push(waiting ? 'READ WHILE WAITING' : 'read');
      },
      // The reader takes its time: resolves a turn of the event loop later.
      drained: () => {
        waiting = true;
        waits++;
        return new Promise((resolve) => setImmediate(() => ((waiting = false), resolve())));
      },
      cwd: dir,
    });
    expect(events.filter((e) => e === 'read')).toHaveLength(N);
    expect(waits).toBe(N);
    expect(events).not.toContain('READ WHILE WAITING');
  });
});

describe('the output is complete and in input order, with slow and large files among short ones', () => {
  for (const threads of [[], ['--concurrency', '3']]) {
    it(`json ${threads.join(' ') || 'one thread'}: every readable file once, in path order, the broken one as an input error`, async () => {
      const r = await observe(['--format', 'json', ...threads], BUILT_CLI);
      expect(r.code).toBe(4);
      const json = JSON.parse(r.out) as { files: Array<{ file: string; findings: unknown[] }>; summary: { files: number; errors: number }; inputErrors: Array<{ file: string }> };
      expect(json.files.map((f) => f.file)).toEqual(expected.map((i) => join('posts', name(i))));
      expect(json.files.map((f) => f.findings.length > 0)).toEqual(expected.map(hasFindings));
      expect(json.files.find((f) => f.file.endsWith(name(3)))!.findings.length).toBeGreaterThan(100);
      expect(json.summary.files).toBe(N - 1);
      expect(json.summary.errors).toBe(json.files.reduce((n, f) => n + (f.findings as Array<{ severity: string }>).filter((x) => x.severity === 'error').length, 0));
      expect(json.inputErrors.map((e) => e.file)).toEqual([join('posts', BROKEN)]);
    });

    it(`compact ${threads.join(' ') || 'one thread'}: every finding's line, files in path order, the right total`, async () => {
      const r = await observe(['--format', 'compact', ...threads], BUILT_CLI);
      const lines = r.out.split('\n');
      expect(namesInOrder(r.out)).toEqual(expected.filter(hasFindings));
      expect(lines.at(-2)).toBe('');
      expect(lines.at(-1)).toBe(`${lines.length - 2} problems`);
    });
  }

  it('the pool hands outcomes on in input order, every one once, never more than `ahead` past the oldest', async () => {
    // A worker that answers after a delay: the first inputs are the slowest, so later ones finish first.
    const script = join(dir, 'echo-worker.mjs');
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ i, item }) => setTimeout(() => parentPort.postMessage({ i, value: item * 10 }), item < 3 ? 40 : 1));\n");
    const items = Array.from({ length: 60 }, (_, i) => i);
    const ahead = 5;
    let given = 0;
    let furthest = 0;
    const got: number[] = [];
    for await (const v of runInWorkers<number, number>(items, { workers: 3, url: new URL(`file://${script}`), data: null, ahead }, (_done, i) => {
      furthest = Math.max(furthest, i - given);
    })) {
      got.push(v);
      given++;
    }
    expect(got).toEqual(items.map((i) => i * 10));
    expect(furthest).toBeLessThan(ahead);
  });
});

describe('the streamed text is the whole-report text', () => {
  const summary = { files: 2, errors: 1, warnings: 2, infos: 0 };
  const problem = { file: 'x.md', kind: 'unreadable' as const, message: 'x.md: not valid UTF-8' };
  /** Runs the writer over `parts` and joins the sink's calls by newlines, as the binary writes them. */
  const stream = (format: Format, parts: string[], problems = [problem]) => {
    const calls: string[] = [];
    const w = reportWriter(format, lineSink((s) => calls.push(s)), () => []);
    for (const text of parts) w.file({ text });
    w.end(summary, problems);
    return calls.join('\n');
  };

  it('json: JSON.stringify of the whole report, with no, one or several files and input errors', () => {
    const entries = [{ file: 'a.md', findings: [{ ruleId: 'x', range: { start: 1, end: 2 }, excerpt: 'a\nb' }], routing: { mode: 'checked' } }, { file: 'b.md', findings: [] }, { file: 'c.md', output: 'fixed\ntext' }];
    for (const files of [[], entries.slice(0, 1), entries]) {
      for (const problems of [[], [problem]]) {
        const whole = JSON.stringify({ version: 1, files, summary, inputErrors: problems }, null, 2);
        expect(stream('json', files.map((f) => JSON.stringify(f, null, 2)), problems)).toBe(whole);
      }
    }
  });

  it('compact, github and pretty: the files\' parts joined by newlines, then the closing part', () => {
    expect(stream('compact', [])).toBe('\n3 problems');
    expect(stream('compact', ['a: 1', '', 'b: 1\nb: 2'])).toBe('a: 1\nb: 1\nb: 2\n\n3 problems');
    expect(stream('github', [])).toBe('');
    expect(stream('github', ['', '::error x', '::warning y\n::warning z'])).toBe('::error x\n::warning y\n::warning z');
    expect(stream('pretty', [])).toBe(formatPrettySummary(summary));
    expect(stream('pretty', ['\na.md\n  no findings', '\nb.md'])).toBe(`\na.md\n  no findings\n\nb.md\n${formatPrettySummary(summary)}`);
  });

  it('a line sink cuts at newlines only, and its calls joined by newlines are the text', () => {
    const calls: string[] = [];
    const sink = lineSink((s) => calls.push(s));
    sink.write('ab');
    sink.write('c\nde\nf');
    sink.write('g');
    sink.end('h\n');
    // `end` hands on the rest as it is: the binary's newline after it ends the output.
    expect(calls).toEqual(['abc\nde', 'fgh\n']);
    expect(calls.join('\n')).toBe('abc\nde\nfgh\n');
  });
});

describe('--output-file', () => {
  it('is written once, at the end: a previous report among the checked files is read as it was', async () => {
    const sub = join(dir, 'o');
    mkdirSync(join(sub, 'posts'), { recursive: true });
    for (let i = 0; i < 25; i++) writeFileSync(join(sub, 'posts', name(i)), text(i));
    writeFileSync(join(sub, 'posts/report.txt'), PL_AD);
    symlinkSync('/nonexistent/medad.md', join(sub, 'posts/dangling.md'));
    let atLastFile: string | undefined;
    const code = await main(['check', 'posts', '--jurisdiction', 'PL', '--no-config', '--format', 'compact', '-o', 'posts/report.txt'], {
      stdout: () => {},
      stderr: () => {},
      stdin: async () => '',
      progress: (s) => {
        if (s.startsWith('medad: checking 26/26 ')) atLastFile = readFileSync(join(sub, 'posts/report.txt'), 'utf8');
      },
      cwd: sub,
    });
    expect(code).toBe(4);
    expect(atLastFile).toBe(PL_AD);
    const report = readFileSync(join(sub, 'posts/report.txt'), 'utf8');
    expect(report).toContain(`${join('posts', 'report.txt')}: line 1, col 1`);
    expect(report).toMatch(/\n\n\d+ problems\n$/);
  });
});
