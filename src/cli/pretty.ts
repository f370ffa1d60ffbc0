/**
 * The `pretty` format, for people at a terminal. Everything from an input (file names, the
 * quoted line, messages that quote the text) is sanitised of control characters, and each
 * finding shows a bounded window of its line, so a 20 KB one-line post prints a few lines per
 * finding, not the whole line every time.
 */
import type { UnusedDirective } from '../core/directives.js';
import type { Report, Severity } from '../core/types.js';
import { PLAIN, type Paint } from './formats.js';
import { lineStarts } from './lines.js';
import { sanitizeLine, sanitizeName, sanitizeText } from './sanitize.js';
import type { Summary } from './summary.js';

/** Characters of context shown on each side of a finding. */
export const WINDOW = 60;
/** Longest stretch of a finding itself that is quoted and underlined. */
const MAX_MARK = 120;

export interface PrettyFile {
  name: string;
  text: string;
  report: Report;
  /** Disable comments that disabled nothing (with --report-unused-disable-directives). */
  unused?: UnusedDirective[];
}

/** The quoted line: at most WINDOW characters either side of the finding, `…` where cut. */
export function excerptWindow(text: string, starts: readonly number[], line: number, start: number, end: number): { quote: string; mark: string } {
  // From the precomputed line starts, not a scan: a long line with many findings stays linear.
  const lineStart = starts[line - 1] ?? 0;
  const lineEnd = line < starts.length ? starts[line]! - 1 : text.length;
  const markEnd = Math.min(end, lineEnd, start + MAX_MARK);
  const from = Math.max(lineStart, start - WINDOW);
  const to = Math.min(lineEnd, markEnd + WINDOW);
  const before = from > lineStart ? '…' : '';
  const after = to < lineEnd ? '…' : '';
  const quote = `${before}${sanitizeLine(text.slice(from, to).replace(/\r$/, ''))}${after}`;
  const mark = `${' '.repeat(before.length + start - from)}${'^'.repeat(Math.max(1, markEnd - start))}`;
  return { quote, mark };
}

/**
 * One file's block of the pretty output. The CLI renders each file as soon as it is checked, so
 * it can drop the file's text (memory stays bounded by the output, not the inputs).
 */
export function formatPrettyFile({ name, text, report, unused = [] }: PrettyFile, paint: Paint = PLAIN): string {
  const SEV: Record<Severity, (s: string) => string> = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const lines: string[] = [];
  lines.push(`\n${paint.bold(sanitizeName(name))}  [${report.jurisdictions.join(', ') || 'no jurisdiction'}${report.language ? `, language ${report.language.code}` : ''}]`);
  if (report.routing.mode === 'none') {
    lines.push(`  NOT CHECKED: ${report.routing.reason ?? 'no rule pack could read this text'}`);
    return lines.join('\n');
  }
  if (report.routing.mode === 'fallback') lines.push(`  note: ${report.routing.reason}`);
  if (report.findings.length === 0 && unused.length === 0) lines.push('  no findings');
  const starts = report.findings.some((f) => f.range) ? lineStarts(text) : [];
  for (const f of report.findings) {
    const where = f.range ? `${f.line}:${f.column}` : 'document';
    lines.push(`  ${where.padEnd(8)} ${SEV[f.severity](f.severity.padEnd(7))} ${sanitizeText(f.message)}  ${paint.dim(`(${f.ruleId})`)}`);
    if (f.range) {
      const { quote, mark } = excerptWindow(text, starts, f.line, f.range.start, f.range.end);
      lines.push(`           │ ${quote}`);
      lines.push(`           │ ${mark}`);
    }
    for (const b of f.legalBasis) lines.push(paint.dim(`           § ${sanitizeLine(`${b.citation} (${b.kind}) ${b.url}`)}`));
    for (const s of f.suggestions) {
      if (s.message) lines.push(`           → ${sanitizeText(s.message)}`);
      // The fix once: only when the advice does not already quote it.
      const fix = s.replacement?.trim();
      if (fix && !s.message.includes(fix)) lines.push(`           ${paint.bold('fix:')} ${sanitizeLine(fix)}  (medad check --fix)`);
    }
  }
  for (const u of unused) {
    lines.push(`  ${`${u.line}:${u.column}`.padEnd(8)} ${paint.red('error'.padEnd(7))} ${sanitizeText(u.message)}  ${paint.dim('(unused-disable-directive)')}`);
  }
  return lines.join('\n');
}

/** The closing line of the pretty output. */
export function formatPrettySummary(summary: Summary): string {
  return `\n${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info(s). medad flags legal risk; it is not legal advice.`;
}

export function formatPretty(files: PrettyFile[], summary: Summary, paint: Paint = PLAIN): string {
  return [...files.map((f) => formatPrettyFile(f, paint)), formatPrettySummary(summary)].join('\n');
}
