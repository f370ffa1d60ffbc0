/**
 * Machine fixes: where a safe rewrite goes, and applying the rewrites findings carry.
 *
 * A fix is a suggestion with a `replacement` and a `range` in the checked text (an empty range
 * inserts). Only rewrites that need no judgement of the author are offered: a mandatory warning
 * in its legal wording, an outdated wording replaced by the current one, an advertising label.
 */
import type { Finding } from './types.js';

/**
 * A paragraph added at the start (before the first non-blank character, so front matter
 * blanked by the CLI stays first) or at the end of the text, separated by a blank line.
 */
export function insertion(text: string, add: string, at: 'start' | 'end'): { text: string; range: { start: number; end: number } } {
  if (at === 'start') {
    const first = text.search(/\S/u);
    const pos = first < 0 ? text.length : first;
    return { text: `${add}\n\n`, range: { start: pos, end: pos } };
  }
  const trimmed = text.replace(/\s+$/u, '');
  const tail = text.slice(trimmed.length);
  // Keep the file's final line break after the insertion, and one blank line before it.
  return { text: `\n\n${add}${tail.includes('\n') ? '\n' : ''}`, range: { start: trimmed.length, end: text.length } };
}


export interface AppliedFixes {
  /** The text with the fixes applied. */
  output: string;
  /** The findings whose fix was applied. */
  fixed: Finding[];
  /** Findings with a fix that overlapped one applied before it (re-check to fix them next). */
  conflicting: Finding[];
}

/**
 * Apply every finding's machine fix to `text` (the text the findings came from). Fixes whose
 * ranges overlap an earlier one are left for the next round, as ESLint does; two insertions at
 * the same place are both kept, in finding order.
 *
 * @example
 * ```ts
 * const report = checker.check(text, { jurisdictions: ['PL'], context: { product: 'medical-device' } });
 * const { output } = applyFixes(text, report.findings);
 * ```
 */
export function applyFixes(text: string, findings: readonly Finding[]): AppliedFixes {
  const fixes: Array<{ start: number; end: number; text: string; finding: Finding; order: number }> = [];
  findings.forEach((finding, order) => {
    const s = finding.suggestions.find((x) => x.replacement !== undefined && x.range);
    if (!s || !s.range) return;
    const { start, end } = s.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) return;
    fixes.push({ start, end, text: s.replacement!, finding, order });
  });
  fixes.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const fixed: Finding[] = [];
  const conflicting: Finding[] = [];
  const parts: string[] = [];
  let pos = 0;
  const seen = new Set<string>();
  for (const f of fixes) {
    // The same rewrite twice (two packs, or a rule reported once per outdated wording) is one.
    const key = `${f.start}:${f.end}:${f.text}`;
    if (seen.has(key)) {
      fixed.push(f.finding);
      continue;
    }
    if (f.start < pos) {
      conflicting.push(f.finding);
      continue;
    }
    seen.add(key);
    parts.push(text.slice(pos, f.start), f.text);
    pos = f.end;
    fixed.push(f.finding);
  }
  parts.push(text.slice(pos));
  return { output: parts.join(''), fixed, conflicting };
}
