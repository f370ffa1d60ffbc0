/**
 * Line formats for CI logs and editors: `compact` (ESLint's one line a finding) and `github`
 * (workflow commands that GitHub Actions turns into annotations on the pull request).
 */
import type { Finding, Severity } from '../core/types.js';
import type { UnusedDirective } from '../core/directives.js';
import { sanitizeName, sanitizeText } from './sanitize.js';

export interface FormattedFile {
  name: string;
  findings: Finding[];
  unused?: UnusedDirective[];
}

const WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * One file's lines of the `compact` format, `post.md: line 3, col 1, Error - message
 * (pl/superlative)`; the CLI writes each file's lines as soon as they are made, then
 * `compactTotal`.
 */
export function compactLines(file: FormattedFile): string[] {
  // One line each, whatever the input held: names and messages lose control characters.
  const name = sanitizeName(file.name);
  return [
    ...file.findings.map((f) => `${name}: line ${f.line}, col ${f.column}, ${WORD[f.severity]} - ${sanitizeText(f.message)} (${f.ruleId})`),
    ...(file.unused ?? []).map((u) => `${name}: line ${u.line}, col ${u.column}, Error - ${sanitizeText(u.message)} (unused-disable-directive)`),
  ];
}

/** The closing line of the `compact` format (after an empty line): how many lines came before. */
export const compactTotal = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

// Workflow command escaping: data escapes %, CR, LF; properties also : and ,.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One file's lines of the `github` format: `::error file=post.md,line=3,col=1,endLine=3,endColumn=10,title=pl/superlative::message` */
export function githubLines(file: FormattedFile): string[] {
  const lines: string[] = [];
  for (const f of file.findings) {
    const where = [`file=${prop(file.name)}`, `line=${f.line}`, `col=${f.column}`];
    if (f.range) {
      const endOnLine = f.excerpt.includes('\n') ? undefined : f.column + f.excerpt.length;
      if (endOnLine !== undefined) where.push(`endLine=${f.line}`, `endColumn=${endOnLine}`);
    }
    where.push(`title=${prop(`medad ${f.ruleId}`)}`);
    const basis = f.legalBasis[0] ? ` [${f.legalBasis[0].citation}]` : '';
    lines.push(`::${COMMAND[f.severity]} ${where.join(',')}::${data(`${f.message}${basis}`)}`);
  }
  for (const u of file.unused ?? []) {
    lines.push(`::error file=${prop(file.name)},line=${u.line},col=${u.column},title=${prop('medad unused-disable-directive')}::${data(u.message)}`);
  }
  return lines;
}

/** ANSI colours for the pretty format on a terminal (NO_COLOR and pipes get plain text). */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOURS: Paint = { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
const id = (s: string) => s;
export const PLAIN: Paint = { red: id, yellow: id, blue: id, dim: id, bold: id };

/** Whether to colour: a terminal, no NO_COLOR (https://no-color.org), FORCE_COLOR wins. */
export function wantColour(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}
