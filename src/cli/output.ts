/**
 * `medad check` writes its report as it goes: each file's part as soon as that file and every file
 * before it are done, so memory holds the files in flight and the summary's counts, not every
 * file's result. The text is the one the whole-report formats made (test/cli-stream.test.ts).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnusedDirective } from '../core/directives.js';
import type { Report, Rule } from '../core/types.js';
import type { InputProblem } from './errors.js';
import { compactLines, compactTotal, githubLines, type Paint } from './formats.js';
import { formatPrettyFile, formatPrettySummary } from './pretty.js';
import { formatSarifResults, sarifResults, type SarifResult } from './sarif.js';
import type { Summary } from './summary.js';

export type Format = 'pretty' | 'json' | 'sarif' | 'compact' | 'github';

/** A checked file, as the formats need it (its text only until its part is made). */
export interface FileReport {
  file: { name: string; text: string };
  report: Report;
  unused: UnusedDirective[];
  /** The fixed text (`--fix`, `--fix-dry-run`), for the JSON format's `output`. */
  output?: string | undefined;
}

/** A file's part of the report: text in the format (SARIF: its results, see `reportWriter`). */
export interface FilePart {
  text: string;
  sarif?: SarifResult[];
}

/**
 * JSON.stringify(x, null, 2) of a value `depth` levels down a document is the value's own text
 * with every line after the first indented by two spaces a level (strings hold no raw newline).
 */
const indent = (json: string, depth: number) => json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
const nested = (value: unknown, depth: number) => indent(JSON.stringify(value, null, 2), depth);

/**
 * One file's part in `format`, made where the file was checked (a `--concurrency` worker too),
 * so that its text can be dropped: JSON its entry of `files` (not yet indented), compact and
 * github its lines ('' for none), pretty its block.
 */
export function filePart(format: Format, { file, report, unused, output }: FileReport, paint: Paint): FilePart {
  switch (format) {
    case 'json': {
      const entry = {
        file: file.name,
        ...report,
        ...(unused.length ? { unusedDisableDirectives: unused.map(({ directive: _d, ...u }) => u) } : {}),
        ...(output !== undefined ? { output } : {}),
      };
      return { text: JSON.stringify(entry, null, 2) };
    }
    case 'sarif':
      return { text: '', sarif: sarifResults({ file, report }) };
    case 'compact':
      return { text: compactLines({ name: file.name, findings: report.findings, unused }).join('\n') };
    case 'github':
      return { text: githubLines({ name: file.name, findings: report.findings, unused }).join('\n') };
    case 'pretty':
      return { text: formatPrettyFile({ name: file.name, text: file.text, report, unused }, paint) };
  }
}

/** Text written in pieces; `end` writes the last piece. */
export interface TextSink {
  write(text: string): void;
  end(text?: string): void;
}

/**
 * A sink over a writer of lines (`CliIO.stdout`, which ends each call with a newline): each call
 * gets the text up to the last newline so far, without it, and `end` the rest, so the calls joined
 * by newlines are the text, as the one call of the whole report was. What waits is the last,
 * unfinished line.
 */
export function lineSink(line: (s: string) => void): TextSink {
  let tail = '';
  return {
    write(text) {
      const cut = text.lastIndexOf('\n');
      if (cut < 0) {
        tail += text;
        return;
      }
      line(tail + text.slice(0, cut));
      tail = text.slice(cut + 1);
    },
    end(text = '') {
      line(tail + text);
      tail = '';
    },
  };
}

/**
 * `--output-file FILE`: the report is written to a private temporary file as it is made, and copied
 * to FILE when the run ends. So FILE is still written once, whole, at the end, as before: a run
 * that fails leaves the previous report, and a report that lies among the checked files (`medad
 * check docs -o docs/report.txt`, run twice) is read as it was, not half-written.
 */
export function reportFile(path: string) {
  const dir = mkdtempSync(join(tmpdir(), 'medad-report-'));
  const fd = openSync(join(dir, 'report'), 'w+');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    line: (s: string) => writeFileSync(fd, `${s}\n`),
    /** Copies the report to FILE (opened as `writeFileSync` opens it: created or truncated). */
    finish() {
      const to = openSync(path, 'w');
      try {
        const buf = Buffer.allocUnsafe(1 << 16);
        for (let at = 0, n = 0; (n = readSync(fd, buf, 0, buf.length, at)) > 0; at += n) writeFileSync(to, buf.subarray(0, n));
      } finally {
        closeSync(to);
      }
    },
    /** Removes the temporary file (after `finish`, or when the run failed). */
    dispose() {
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ReportWriter {
  /** The next file's part, in input order: written at once (SARIF: kept until the end). */
  file(part: FilePart): void;
  /** What follows the files (summary, input errors), once every file is done. */
  end(summary: Summary, problems: readonly InputProblem[]): void;
}

/** The report in `format`, written to `out` a file at a time. */
export function reportWriter(format: Format, out: TextSink, rules: () => Rule[]): ReportWriter {
  let first = true;
  // Compact, github and pretty were their files' parts joined by newlines (a file without lines
  // adding none), then a closing part.
  const joined = ({ text }: FilePart) => {
    if (text === '') return;
    out.write(first ? text : `\n${text}`);
    first = false;
  };
  const closing = (text: string) => out.end(first ? text : `\n${text}`);
  switch (format) {
    case 'json':
      // JSON.stringify(report, null, 2), element by element: `files` is the second key, so
      // everything before it is known now, and summary and inputErrors come after it.
      out.write('{\n  "version": 1,\n  "files": [');
      return {
        file({ text }) {
          out.write(`${first ? '' : ','}\n    ${indent(text, 2)}`);
          first = false;
        },
        end: (summary, problems) => out.end(`${first ? '' : '\n  '}],\n  "summary": ${nested(summary, 1)},\n  "inputErrors": ${nested(problems, 1)}\n}`),
      };
    case 'sarif': {
      // Not streamed: the run's rule table (before the results) lists the rules that have
      // results, sorted, and each result carries its rule's index in it, so no result's text is
      // final before the last file is done. The results are kept, the files' texts are not.
      const results: SarifResult[] = [];
      return {
        file: ({ sarif = [] }) => {
          for (const r of sarif) results.push(r);
        },
        end: (_summary, problems) => out.end(formatSarifResults(results, rules(), problems)),
      };
    }
    case 'compact':
      // One line a finding and unused directive: as many as the summary counts.
      return { file: joined, end: (s) => closing(`\n${compactTotal(s.errors + s.warnings + s.infos)}`) };
    case 'github':
      return { file: joined, end: () => out.end() };
    case 'pretty':
      return { file: joined, end: (s) => closing(formatPrettySummary(s)) };
  }
}
