/**
 * Disable comments: the one implementation the CLI, the textlint rule and the unified plugin share.
 *
 * ```html
 * <!-- medad-disable-next-line pl/superlative -- reviewed by legal, 2026-11 -->
 * <!-- medad-disable pl/testimonial -->  …  <!-- medad-enable pl/testimonial -->
 * <!-- medad-disable-line -->
 * ```
 *
 * A directive sits in an HTML/Markdown comment (`<!-- … -->`) or alone on a plain-text line
 * (optionally after `//`, `#` or `;`). Rule ids are separated by commas or spaces; none means
 * every rule. Text after ` -- ` is the reason, kept for reviewers. `disable-next-line` covers the
 * next line that is not blank; `disable` covers everything up to a matching `enable` or the end
 * of the text. A finding without a range (a missing warning) counts as being at the end of the
 * text, where its fix would go, so only a block still open at the end disables it.
 *
 * Everything works on offsets of the text the directives were read from: callers that check a
 * different text (prose extracted from Markdown) map their findings back first.
 */
import { lastAtMost, lineStarts } from './ranges.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids the directive names; empty for every rule. */
  rules: string[];
  /** The text after ` -- `, if any. */
  reason?: string;
  /** Where the directive itself is written (the whole comment or line), in offsets. */
  range: { start: number; end: number };
  /** 1-based line of the directive's start. */
  line: number;
}

/** What a directive can disable: a finding, or anything with a rule id and a range. */
export interface Disableable {
  ruleId: string;
  range: { start: number; end: number } | null;
}

export interface UnusedDirective {
  directive: Directive;
  /** The rule id the directive names that disabled nothing (undefined: the whole directive). */
  ruleId?: string;
  line: number;
  column: number;
  message: string;
}

export interface DirectiveResult<T extends Disableable> {
  /** The findings no directive disabled. */
  findings: T[];
  /** The findings a directive disabled, with the directive. */
  disabled: Array<{ finding: T; directive: Directive }>;
  /** Directives (or the rule ids in them) that disabled nothing. */
  unused: UnusedDirective[];
}

// ASCII keywords, so the ASCII-only boundary of `(?![\w-])` is right here (never on prose).
const KEYWORD = /^medad-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*)$/s;
// Greedy to the line end and trimmed afterwards: a lazy run before optional blanks would be
// quadratic on a long line of spaces.
const PLAIN_LINE = /^[ \t]*(?:(?:\/\/|#|;)[ \t]*)?(medad-(?:disable|enable)[^\n]*)/gm;
/** A limit on directives read from one text, so a hostile text stays linear. */
const MAX_DIRECTIVES = 10_000;

function parseBody(body: string): { kind: DirectiveKind; rules: string[]; reason?: string } | null {
  const m = KEYWORD.exec(body.trim());
  if (!m) return null;
  const rest = m[2]!;
  const sep = rest.search(/\s--(?:\s|$)/);
  const ids = (sep < 0 ? rest : rest.slice(0, sep)).split(/[\s,]+/).filter(Boolean);
  const reason = sep < 0 ? undefined : rest.slice(sep).replace(/^\s--\s*/, '').trim();
  return { kind: m[1] as DirectiveKind, rules: ids, ...(reason ? { reason } : {}) };
}

/** Read every directive of a text, in order. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('medad-')) return [];
  const starts = lineStarts(text);
  const found: Directive[] = [];
  const push = (body: string, start: number, end: number) => {
    if (found.length >= MAX_DIRECTIVES) return;
    const d = parseBody(body);
    if (d) found.push({ ...d, range: { start, end }, line: lastAtMost(starts, start) + 1 });
  };
  // Comments by indexOf, not a lazy regex: many unclosed `<!--` would make that quadratic.
  const comments: Array<[number, number]> = [];
  for (let from = 0; ; ) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    comments.push([open, close + 3]);
    push(text.slice(open + 4, close), open, close + 3);
    from = close + 3;
  }
  let ci = 0;
  for (const m of text.matchAll(PLAIN_LINE)) {
    const at = m.index + m[0].length - m[1]!.length;
    // Inside a comment it was read above (comments are sorted, and so are the matches).
    while (ci < comments.length && comments[ci]![1] <= at) ci++;
    if (ci < comments.length && comments[ci]![0] <= at) continue;
    const body = m[1]!.trimEnd();
    push(body, m.index, at + body.length);
  }
  return found.sort((a, b) => a.range.start - b.range.start);
}

interface Span {
  directive: Directive;
  start: number;
  end: number;
  /** Rule ids that disabled something (for unused-directive reports). */
  used: Set<string>;
  usedAll: boolean;
}

function spans(text: string, directives: readonly Directive[]): Span[] {
  const starts = lineStarts(text);
  const lineEnd = (i: number) => (i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  const out: Span[] = [];
  const open: Span[] = [];
  const span = (directive: Directive, start: number, end: number): Span => ({ directive, start, end, used: new Set(), usedAll: false });
  for (const d of directives) {
    const li = lastAtMost(starts, d.range.end > d.range.start ? d.range.end - 1 : d.range.start);
    if (d.kind === 'disable-line') out.push(span(d, starts[lastAtMost(starts, d.range.start)]!, lineEnd(li) + 1));
    else if (d.kind === 'disable-next-line') {
      let next = li + 1;
      while (next < starts.length && text.slice(starts[next]!, lineEnd(next)).trim() === '') next++;
      if (next < starts.length) out.push(span(d, starts[next]!, lineEnd(next) + 1));
      else out.push(span(d, text.length + 1, text.length + 1)); // nothing follows: never used
    } else if (d.kind === 'disable') {
      const s = span(d, d.range.end, Number.POSITIVE_INFINITY);
      open.push(s);
      out.push(s);
    } else {
      // `enable` closes the blocks it names (all of them when it names none).
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i]!;
        const names = o.directive.rules;
        if (d.rules.length === 0 || names.length === 0 || names.some((r) => d.rules.includes(r))) {
          o.end = d.range.start;
          open.splice(i, 1);
        }
      }
    }
  }
  return out;
}

/**
 * Drop the findings that directives disable, and the findings inside a directive's own text (a
 * reason that quotes the reviewed wording must not be flagged again). `directives` defaults to
 * `parseDirectives(text)`.
 */
export function applyDirectives<T extends Disableable>(
  text: string,
  findings: readonly T[],
  directives: readonly Directive[] = parseDirectives(text),
): DirectiveResult<T> {
  if (directives.length === 0) return { findings: [...findings], disabled: [], unused: [] };
  const all = spans(text, directives);
  const kept: T[] = [];
  const disabled: DirectiveResult<T>['disabled'] = [];
  for (const f of findings) {
    if (f.range && directives.some((d) => d.range.start <= f.range!.start && f.range!.end <= d.range.end)) continue;
    const pos = f.range ? f.range.start : text.length;
    const hit = all.find((s) => s.start <= pos && (pos < s.end || (!f.range && s.end === Number.POSITIVE_INFINITY)) && (s.directive.rules.length === 0 || s.directive.rules.includes(f.ruleId)));
    if (!hit) {
      kept.push(f);
      continue;
    }
    if (hit.directive.rules.length === 0) hit.usedAll = true;
    else hit.used.add(f.ruleId);
    disabled.push({ finding: f, directive: hit.directive });
  }
  const starts = lineStarts(text);
  const unused: UnusedDirective[] = [];
  for (const s of all) {
    const d = s.directive;
    const at = { line: d.line, column: d.range.start - starts[d.line - 1]! + 1 };
    const what = `medad-${d.kind}`;
    if (d.rules.length === 0) {
      if (!s.usedAll) unused.push({ directive: d, ...at, message: `Unused ${what} directive (no finding was disabled).` });
    } else {
      for (const id of d.rules) {
        if (!s.used.has(id)) unused.push({ directive: d, ruleId: id, ...at, message: `Unused ${what} directive (no finding of ${id} was disabled).` });
      }
    }
  }
  return { findings: kept, disabled, unused };
}
